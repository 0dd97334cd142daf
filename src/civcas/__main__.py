from civcas.cli import app

app(prog_name="civcas")
