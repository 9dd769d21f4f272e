import unittest

from greeter.greetings import greet


class TestGreet(unittest.TestCase):
    def test_fr(self):
        self.assertEqual(greet("Ada", "fr"), "Bonjour, Ada!")


if __name__ == "__main__":
    unittest.main()
