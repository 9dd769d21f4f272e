"""greeter: a greeting service."""

from importlib.metadata import version

__version__ = version("greeter")
