# __lt__ lets sorted(), min() and max() compare objects; printing the list uses __repr__.
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

tasks = [Task(3, "deploy"), Task(1, "test"), Task(2, "build"), Task(1, "lint")]
print(sorted(tasks))
print(min(tasks), max(tasks))
print(Task(1, "a") > Task(0, "b"))
print(sorted(tasks, key=lambda t: t.name))
