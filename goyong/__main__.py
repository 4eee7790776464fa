from goyong.cli import main

main()
