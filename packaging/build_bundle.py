"""Builds Journey Editor as a one-folder PyInstaller bundle, for a computer without Python.

    .venv/bin/python packaging/build_bundle.py [--fresh] [--dist DIR] [--archive]

The build runs in a venv of its own (build/bundle/venv, never the checkout's .venv), with
PyInstaller and the dependencies pinned in packaging/bundle-requirements.txt and
journey-editor installed from this checkout as a wheel; packaging/journey-editor.spec
says what goes into the bundle. The result is DIST/journey-editor/ (default dist/), whose
`journey-editor` runs like the pip-installed command, plus DIST/journey-editor.files.txt,
every file's size and SHA-256, to compare two builds with diff. --archive also writes a
tar.gz of the folder to hand out. packaging/smoke_bundle.py runs the bundle.

Linux only (the spec keeps the xcb and offscreen Qt platforms). The bundle runs on
systems whose glibc is as new as the build machine's or newer.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "journey-editor.spec"
REQUIREMENTS = PACKAGING / "bundle-requirements.txt"
BUILD = ROOT / "build" / "bundle"
NAME = "journey-editor"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--fresh", action="store_true",
                        help="make the build venv anew instead of reusing it")
    parser.add_argument("--archive", action="store_true",
                        help="also write DIST/journey-editor-VERSION-linux-ARCH.tar.gz")
    parser.add_argument("--commit", metavar="REV",
                        help="build what this commit holds (default: the working tree,"
                             " uncommitted changes included)")
    return parser.parse_args(argv)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def source_date_epoch(commit: str | None) -> str:
    """The time the build records where a tool wants one (the wheel's and the archive's
    entries): the commit's, so that rebuilding the same commit gives the same bytes."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        return git("log", "-1", "--format=%ct", commit or "HEAD")
    except (OSError, subprocess.CalledProcessError):
        return "315532800"  # 1980-01-01, the earliest time a zip entry can have


def exported_source(commit: str) -> Path:
    """A copy of the files `commit` holds, for a build that other work in the checkout
    does not touch."""
    sha = git("rev-parse", "--verify", f"{commit}^{{commit}}")
    folder = BUILD / f"source-{sha[:12]}"
    if not folder.exists():
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "--format=tar", sha], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(partial, filter="data")
        partial.rename(folder)
    return folder


def build_environment(commit: str | None) -> dict[str, str]:
    environment = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(commit),
                       PYTHONHASHSEED="0",  # PyInstaller's own tables come out in one order
                       PIP_DISABLE_PIP_VERSION_CHECK="1")
    for variable in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONSTARTUP"):
        environment.pop(variable, None)  # nothing of the caller's environment leaks in
    return environment


class BuildError(Exception):
    """Why the build stopped, for the terminal."""


def run(command: list[str | Path], environment: dict[str, str], cwd: Path = BUILD) -> None:
    print("+", " ".join(map(str, command)), flush=True)
    if subprocess.run(command, cwd=cwd, env=environment, check=False).returncode != 0:
        raise BuildError(f"failed: {' '.join(map(str, command))}")


def requirements_stamp() -> str:
    """What the venv was made from: the pins and the interpreter."""
    digest = hashlib.sha256(REQUIREMENTS.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def build_venv(fresh: bool, source: Path, environment: dict[str, str]) -> Path:
    """The build venv with the pinned requirements, made or brought up to date, and
    journey-editor installed from `source`."""
    venv = BUILD / "venv"
    python = venv / "bin" / "python"
    stamp = venv / "requirements.sha256"
    if fresh or not python.exists():
        shutil.rmtree(venv, ignore_errors=True)
        # The base interpreter, even when this script runs inside the checkout's .venv.
        base = Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        run([base if base.exists() else sys.executable, "-m", "venv", venv], environment)
    if not stamp.exists() or stamp.read_text() != requirements_stamp():
        run([python, "-m", "pip", "install", "--quiet", "-r", REQUIREMENTS], environment)
        stamp.write_text(requirements_stamp())
    # Reinstalled for each build: the files change, the version number may not.
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", source],
        environment)
    check = subprocess.run([python, "-m", "pip", "check"], env=environment, text=True,
                           capture_output=True, check=False)
    if check.returncode != 0:
        raise BuildError(f"{check.stdout.strip()}\nPin the missing packages in {REQUIREMENTS}"
                         " (the versions the tests run with: .venv/bin/pip freeze).")
    return python


def pyinstaller(python: Path, dist: Path, environment: dict[str, str]) -> Path:
    # Run from build/bundle, so that the checkout's journey_editor (whose resources are
    # beside the package, not in it) cannot be imported in place of the installed wheel.
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", dist, "--workpath", BUILD / "work", SPEC], environment)
    return dist / NAME


def file_list(folder: Path) -> list[str]:
    """One line per file, in path order: path, size and SHA-256 (a link: its target)."""
    lines = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            lines.append(f"{name} -> {os.readlink(path)}")
        elif path.is_file():
            data = path.read_bytes()
            lines.append(f"{name} {len(data)} {hashlib.sha256(data).hexdigest()}")
    return lines


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def write_archive(bundle: Path, epoch: int) -> Path:
    """The bundle folder as a tar.gz whose bytes depend only on the files: sorted entries,
    one owner and one time for all (the tar's and gzip's)."""
    target = bundle.parent / f"{NAME}-{project_version()}-linux-{os.uname().machine}.tar.gz"

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mtime, info.uid, info.gid, info.uname, info.gname = epoch, 0, 0, "", ""
        return info

    with (target.open("wb") as raw,
          gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=epoch) as packed):
        with tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for path in [bundle, *sorted(bundle.rglob("*"))]:
                archive.add(path, arcname=path.relative_to(bundle.parent).as_posix(),
                            recursive=False, filter=normalised)
    return target


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if sys.version_info < (3, 12) or not sys.platform.startswith("linux"):
        print("build_bundle.py: needs Python 3.12 or newer, on Linux", file=sys.stderr)
        return 1
    start = time.monotonic()
    BUILD.mkdir(parents=True, exist_ok=True)
    try:
        environment = build_environment(args.commit)
        source = exported_source(args.commit) if args.commit else ROOT
        python = build_venv(args.fresh, source, environment)
        bundle = pyinstaller(python, args.dist.resolve(), environment)
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"build_bundle.py: {error}", file=sys.stderr)
        return 1
    listing = bundle.parent / f"{NAME}.files.txt"
    lines = file_list(bundle)
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"built {bundle}: {len(lines)} files, {folder_size(bundle) / 2**20:.0f} MiB,"
          f" in {time.monotonic() - start:.0f} s; file list in {listing}")
    if args.archive:
        archive = write_archive(bundle, int(environment["SOURCE_DATE_EPOCH"]))
        print(f"archive {archive}: {archive.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
