# sorted is stable: sorting by a secondary key first, then the primary key.
employees = [("ann", "ops", 50), ("bob", "dev", 70), ("cy", "ops", 60), ("di", "dev", 70)]
by_salary = sorted(employees, key=lambda e: e[2], reverse=True)
print(by_salary)
by_dept_then_name = sorted(sorted(employees, key=lambda e: e[0]), key=lambda e: e[1])
print(by_dept_then_name)
print(sorted([3, 1, 2], key=lambda n: -n), sorted({"b": 1, "a": 2}))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
