"""`civcas serve` and `civcas user …`: the review app's commands (mounted by civcas.cli)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from civcas.options import DbOption
from civcas.store import Store, StoreError
from civcas.store.review import ROLES, ReviewError, ReviewStore

users = typer.Typer(help="Accounts of the review app.", no_args_is_help=True, rich_markup_mode=None)


def _store(db: str | None) -> Store:
    try:
        return Store(db)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@contextmanager
def _reviews(db: str | None) -> Iterator[ReviewStore]:
    """The accounts of a database; a refused action ends the command with its reason."""
    store = _store(db)
    try:
        yield ReviewStore(store)
    except ReviewError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        store.close()


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless a proxy with HTTPS is in front.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[bool, typer.Option(help="Send the session cookie over HTTPS only (behind a TLS proxy).")] = False,
    db: DbOption = None,
) -> None:
    """Run the review app: incident list, map, timeline, incident pages, review actions and the API."""
    import uvicorn

    from civcas.review.app import create_app

    store = _store(db)
    if not ReviewStore(store).users():
        typer.echo("no accounts yet: add one with `civcas user add NAME --role admin`", err=True)
    typer.echo(f"civcas review on http://{host}:{port}/  (database {store.display_url})", err=True)
    uvicorn.run(create_app(store, secure_cookies=secure_cookies), host=host, port=port, log_level="warning")


@users.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer (read), reviewer (read and review) or admin (also accounts).")] = "viewer",
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")] = False,
    db: DbOption = None,
) -> None:
    """Create an account; the password is prompted for (or read from stdin) and stored hashed (argon2)."""
    from civcas.review.auth import hash_password

    if role not in ROLES:
        typer.echo(f"error: role is one of {', '.join(ROLES)}", err=True)
        raise typer.Exit(1)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        typer.echo("error: use a password of at least 8 characters", err=True)
        raise typer.Exit(1)
    with _reviews(db) as reviews:
        reviews.add_user(name, role, hash_password(password))
    typer.echo(f"added {name} ({role})", err=True)


@users.command("token")
def user_token(name: Annotated[str, typer.Argument(help="Login name.")], db: DbOption = None) -> None:
    """Print a new API token for scripts (send it as `Authorization: Bearer TOKEN`); only its hash is kept."""
    from civcas.review.auth import new_token

    token = new_token()
    with _reviews(db) as reviews:
        reviews.add_token(name, token)
    print(token)


@users.command("revoke")
def user_revoke(name: Annotated[str, typer.Argument(help="Login name.")], db: DbOption = None) -> None:
    """End every browser session and invalidate every API token of a user."""
    with _reviews(db) as reviews:
        n = reviews.revoke(name)
    typer.echo(f"{n} sessions and tokens of {name} revoked", err=True)


@users.command("list")
def user_list(db: DbOption = None) -> None:
    """List accounts and their roles."""
    with _reviews(db) as reviews:
        for user in reviews.users():
            print(f"{user.name}\t{user.role}")


def register(app: typer.Typer) -> None:
    """Add `serve` and the `user` commands to the civcas command."""
    app.command()(serve)
    app.add_typer(users, name="user")
