"""The plan file: schema, open/create protocol, migrations, lock, copies. No Qt."""
