"""The desktop bundle's program (packaging/coordinator-app.spec): the same entry point as the
`coordinator-app` console script."""

from coordinator_app.__main__ import main

if __name__ == "__main__":
    main()
