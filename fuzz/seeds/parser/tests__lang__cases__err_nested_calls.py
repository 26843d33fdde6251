# An exception raised deep inside nested calls propagates up and ends the program.
def parse_line(line):
    name, qty = line.split(",")
    return name, int(qty)

def parse_file(lines):
    return [parse_line(line) for line in lines]

def main():
    print(parse_file(["pen,2", "ink,1"]))
    print(parse_file(["pad,3", "glue,lots"]))

main()
