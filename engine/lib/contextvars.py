# contextvars: context variables (PEP 567). The types are native (_contextvars), as in CPython.

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
