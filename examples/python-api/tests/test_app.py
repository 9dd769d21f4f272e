import unittest

import app


class TestRoutes(unittest.TestCase):
    def test_whoami(self):
        self.assertIn("uid", app.whoami())


if __name__ == "__main__":
    unittest.main()
