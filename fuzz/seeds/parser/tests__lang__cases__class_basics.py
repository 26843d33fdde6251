# A class with __init__, instance attributes, methods and a class attribute counter.
class Student:
    school = "Riverside High"
    enrolled = 0

    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
        Student.enrolled += 1

    def describe(self):
        return f"{self.name} (grade {self.grade}) at {self.school}"

a = Student("Maya", 10)
b = Student("Leo", 11)
print(a.describe())
print(b.describe())
print(Student.enrolled, a.enrolled, type(a).__name__)
b.school = "Home school"
print(b.describe(), Student.school)
