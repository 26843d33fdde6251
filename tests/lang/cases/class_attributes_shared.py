# A mutable class attribute is shared by all instances; instance attributes are not.
class Team:
    members = []

    def __init__(self, name):
        self.name = name
        self.own = []

    def join(self, person):
        self.members.append(person)
        self.own.append(person)

red = Team("red")
blue = Team("blue")
red.join("ann")
blue.join("bob")
print(red.members, blue.members, red.own, blue.own)
print(Team.members is red.members, "own" in vars(red), sorted(vars(blue)))
