"""The greetings the service knows, by language."""

GREETINGS = {"en": "Hello", "fr": "Bonjour", "de": "Hallo", "es": "Hola"}


def greet(name, lang="en"):
    return f"{GREETINGS.get(lang, GREETINGS['en'])}, {name}!"
