# A metaclass's __call__ may delegate to type.__call__ (super().__call__), and its
# __instancecheck__ / __subclasscheck__ decide isinstance() and issubclass().
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        print('init', name)
        self.name = name


a = Config('first')
b = Config('second')
print(a is b, b.name, type.__call__(Config, 'direct').name)


class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')


class Quacker(metaclass=Duck):
    pass


class Robot:
    def quack(self):
        return 'beep'


print(isinstance(Robot(), Quacker), isinstance(3, Quacker), issubclass(Robot, Quacker),
      issubclass(int, (Quacker, str)), isinstance(Quacker(), Quacker))
