# Benchmark: nested range loops with integer arithmetic (~5M inner iterations).
def checksum(rows, cols):
    total = 0
    for i in range(rows):
        for j in range(cols):
            total = (total + i * j + (i ^ j)) % 1000003
    return total


print("checksum =", checksum(2500, 2000))
