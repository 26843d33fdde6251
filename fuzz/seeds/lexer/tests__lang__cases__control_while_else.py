# while ... else: the else block runs only when the loop ends without break.
def find_first_negative(values):
    i = 0
    while i < len(values):
        if values[i] < 0:
            print("negative at", i)
            break
        i += 1
    else:
        print("no negatives in", values)

find_first_negative([3, 1, -2, 5])
find_first_negative([1, 2])
count = 3
while count:
    count -= 1
    if count == 1:
        continue
    print("count", count)
