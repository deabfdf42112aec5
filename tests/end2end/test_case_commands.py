"""The case commands as a person or a script runs them: list, import, export, --version."""

from __future__ import annotations

import argparse
import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_runs import CliResult, run_cli_process, sha256_of

from secondopinion_desktop import __version__
from secondopinion_desktop.commands import case_commands
from secondopinion_desktop.commands.common import CommandError

Cli = Callable[..., CliResult]


def assert_plain_failure(result: CliResult, code: int = 1) -> None:
    assert result.code == code, result
    assert "Traceback" not in result.err
    assert result.out == ""
    if code == 1:
        assert len(result.err.strip().splitlines()) == 1, result.err


def test_version() -> None:
    result = run_cli_process("--version")
    assert result.code == 0
    assert result.out.strip() == f"secondopinion {__version__}"


def test_list_of_an_empty_store_says_so_on_stderr(cli: Cli) -> None:
    result = cli("list")
    assert (result.code, result.out, result.err) == (0, "", "No cases yet.\n")


def test_import_list_export(cli: Cli, tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    first = cli("import", str(source))
    second = cli("import", str(source))
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    assert (second.code, second.out) == (0, "2\n")

    listed = cli("list")
    assert listed.code == 0 and listed.err == ""
    assert listed.out.splitlines() == [
        "1\tMargaret Ellen Okafor\tDo I need a right knee replacement now?",
        "2\tMargaret Ellen Okafor\tDo I need a right knee replacement now?",
    ]

    out = tmp_path / "out.json"
    exported = cli("export", "2", "--out", str(out))
    assert (exported.code, exported.out, exported.err) == (0, "", "")
    assert out.read_text(encoding="utf-8") == example_text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "in.json", "out.json"]


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path, example_text: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    env_dir, flag_dir = tmp_path / "from-env", tmp_path / "from-flag"
    env = {"SECONDOPINION_DATA_DIR": str(env_dir)}
    assert run_cli_process("import", str(source), env=env).out == "1\n"
    assert run_cli_process("list", env=env).out.startswith("1\tMargaret Ellen Okafor\t")
    assert (env_dir / "secondopinion.sqlite3").exists()
    # --data-dir wins over the environment.
    after_flag = run_cli_process("--data-dir", str(flag_dir), "list", env=env)
    assert (after_flag.out, after_flag.err) == ("", "No cases yet.\n")
    # ...also when given after the command name.
    assert run_cli_process("list", "--data-dir", str(flag_dir), env=env).out == ""


def test_names_with_tabs_and_line_breaks_stay_on_one_line(
    cli: Cli, data_dir: Path, example_doc: dict[str, Any]
) -> None:
    from secondopinion_desktop.services.bundle import import_bundle
    from secondopinion_desktop.storage.store import open_store

    example_doc["person"]["full_name"] = "Ruth\tAnn\nMiller"
    example_doc["case"]["title"] = "  Hip\r\nor knee?  "
    store = open_store(data_dir)
    import_bundle(store, example_doc)
    import_bundle(store, {"format": "secondopinion-case", "version": 1, "person": {}, "case": {}})
    store.close()
    # The list is grouped by person name; a case with no name comes first.
    assert cli("list").out == "2\t(no name)\t(no title)\n1\tRuth Ann Miller\tHip or knee?\n"


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "The file is empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    ("broken-json", b'{"format": "secondopinion-case", "version": 1,,}', "not valid JSON"),
]


def _bad_documents(example: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    wrong_status = json.loads(json.dumps(example))
    wrong_status["case"]["records"][0]["status"] = "lost"
    wrong_type = json.loads(json.dumps(example))
    wrong_type["case"]["questions"][2]["must_ask"] = "yes"
    unknown = json.loads(json.dumps(example))
    unknown["case"]["appointments"][0]["parking"] = "Garage B"
    naive = json.loads(json.dumps(example))
    naive["case"]["appointments"][0]["starts_at"] = "2027-01-14T10:30:00"
    bad_date = json.loads(json.dumps(example))
    bad_date["case"]["insurance"]["calls"][0]["on"] = "2026-02-30"
    newer = json.loads(json.dumps(example))
    newer["version"] = 3
    other_format = json.loads(json.dumps(example))
    other_format["format"] = "something-else"
    return [
        ("status", wrong_status,
         "case.records[0].status: 'lost' is not one of needed, requested, received, sent, "
         "confirmed."),
        ("type", wrong_type, "case.questions[2].must_ask: should be true or false"),
        ("unknown", unknown, "case.appointments[0].parking: this field is not part"),
        ("naive", naive, "case.appointments[0].starts_at: '2027-01-14T10:30:00' has no time-zone"),
        ("date", bad_date, "case.insurance.calls[0].on: '2026-02-30' is not a real date"),
        ("newer", newer, "was made by a newer version of Second Opinion Companion"),
        ("format", other_format, "format: 'something-else' is not 'secondopinion-case'"),
    ]


def test_bad_files_are_refused_plainly_and_change_nothing(
    cli: Cli, data_dir: Path, tmp_path: Path, example_text: str, example_doc: dict[str, Any]
) -> None:
    good = tmp_path / "good.json"
    good.write_text(example_text, encoding="utf-8")
    assert cli("import", str(good)).out == "1\n"
    store_file = data_dir / "secondopinion.sqlite3"
    before = sha256_of(store_file)

    cases: list[tuple[str, bytes, str]] = list(BAD_FILES)
    cases += [
        (name, json.dumps(doc).encode("utf-8"), expected)
        for name, doc, expected in _bad_documents(example_doc)
    ]
    for name, raw, expected in cases:
        path = tmp_path / f"{name}.json"
        path.write_bytes(raw)
        result = cli("import", str(path))
        assert_plain_failure(result)
        assert expected in result.err, (name, result.err)

    for missing, expected in [
        (tmp_path / "nowhere.json", f"There is no file at {tmp_path / 'nowhere.json'}."),
        (tmp_path, f"{tmp_path} is a folder, not a case file."),
    ]:
        result = cli("import", str(missing))
        assert_plain_failure(result)
        assert result.err == expected + "\n"

    assert sha256_of(store_file) == before
    assert cli("list").out.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        # Nothing was ever saved in the test's folder: it is not made, and that is said.
        (["export", "7", "--out", "{tmp}/x.json"],
         "There is no case number 7: there is no saved information in {tmp}/data yet."),
        (["export", "seven", "--out", "{tmp}/x.json"],
         "'seven' is not a case number; `secondopinion list` shows them."),
        (["export", "1", "--out", "{tmp}/no/such/folder/x.json"],
         "The folder {tmp}/no/such/folder does not exist."),
        (["export", "1", "--out", "{tmp}"], "{tmp} is a folder; give a file name to write to."),
    ],
)
def test_export_mistakes(cli: Cli, tmp_path: Path, argv: list[str], expected: str) -> None:
    result = cli(*[a.format(tmp=tmp_path) for a in argv])
    assert_plain_failure(result)
    assert result.err == expected.format(tmp=tmp_path) + "\n"
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    "argv",
    [["import"], ["export", "1"], ["export", "--out", "x.json"], ["lsit"], ["list", "--bogus"]],
)
def test_usage_mistakes_exit_2(cli: Cli, argv: list[str]) -> None:
    result = cli(*argv)
    assert_plain_failure(result, code=2)
    assert "usage:" in result.err


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_empty_data_folder_name_is_refused_not_taken_as_the_usual_folder(
    tmp_path: Path, example_text: str, where: str
) -> None:
    # `--data-dir "$FOLDER"` with FOLDER unset must not import into the person's own folder.
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    argv = ["--data-dir", "", "import", str(source)]
    if where == "after":
        argv = ["import", str(source), "--data-dir", ""]
    result = run_cli_process(*argv, env={"HOME": str(home), "XDG_DATA_HOME": str(home / "d")})
    assert_plain_failure(result, code=2)
    assert result.err.endswith(
        "--data-dir: the folder's name is empty; give the folder that holds your "
        "information.\n"
    )
    assert result.out == ""
    assert list(home.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{id}", "--out", "{tmp}/x.out"],
        ["pdf", "{id}", "--out", "{tmp}/x.out"],
        ["ics", "{id}", "--out", "{tmp}/x.out"],
        ["check-disc", "{tmp}", "--case", "{id}"],
    ],
    ids=lambda argv: argv[0],
)
def test_a_case_number_too_big_for_the_store_is_not_there(
    cli: Cli, tmp_path: Path, example_text: str, argv: list[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert cli("import", str(source)).out == "1\n"
    # SQLite holds numbers below 2**63; a bigger one stopped with "Something went wrong".
    for case_id in ("99999999999999999999", str(2**63)):
        result = cli(*[a.format(id=case_id, tmp=tmp_path) for a in argv])
        assert_plain_failure(result)
        assert result.err == (
            f"There is no case number {case_id}; `secondopinion list` shows the cases.\n"
        )
    # Past Python's own limit for reading a number from text: still the same sentence, cut.
    result = cli(*[a.format(id="9" * 5000, tmp=tmp_path) for a in argv])
    assert_plain_failure(result)
    assert result.err == (
        f"There is no case number {'9' * 40}...; `secondopinion list` shows the cases.\n"
    )
    assert not (tmp_path / "x.out").exists()


# --- writing the exported file, in this process ------------------------------------------------


def _export_args(data_dir: Path, out: Path, case_id: str = "1") -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), case_id=case_id, out=str(out))


@pytest.fixture
def one_case(data_dir: Path, example_doc: dict[str, Any]) -> Path:
    from secondopinion_desktop.services.bundle import import_bundle
    from secondopinion_desktop.storage.store import open_store

    store = open_store(data_dir)
    import_bundle(store, example_doc)
    store.close()
    return data_dir


def test_export_replaces_an_older_file_whole(
    one_case: Path, tmp_path: Path, example_text: str
) -> None:
    out = tmp_path / "case.json"
    out.write_text("old contents", encoding="utf-8")
    os.chmod(out, 0o644)
    assert case_commands.run_export(_export_args(one_case, out)) == 0
    assert out.read_text(encoding="utf-8") == example_text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_failed_write_leaves_no_partial_file(
    one_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    existing = out_dir / "kept.json"
    existing.write_text("previous export", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    for target in (out_dir / "new.json", existing):
        with pytest.raises(CommandError) as caught:
            case_commands.run_export(_export_args(one_case, target))
        assert caught.value.message.startswith(f"Could not save {target}: ")
        assert caught.value.message.endswith("the disk is full.")
    assert sorted(p.name for p in out_dir.iterdir()) == ["kept.json"]
    assert existing.read_text(encoding="utf-8") == "previous export"


@pytest.mark.skipif(os.geteuid() == 0, reason="the superuser may write anywhere")
def test_export_into_a_folder_without_write_permission(one_case: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        with pytest.raises(CommandError) as caught:
            case_commands.run_export(_export_args(one_case, locked / "x.json"))
    finally:
        os.chmod(locked, 0o700)
    assert caught.value.message.startswith(f"Could not save {locked / 'x.json'}: ")
    assert list(locked.iterdir()) == []


def test_hostile_text_survives_import_and_export(cli: Cli, tmp_path: Path) -> None:
    from bundle_samples import expected_export, full_document, within_caps

    values = iter(["<b>&amp;</b> & \"x\"", "مرحبا — שלום", "👵🏽👨‍👩‍👧", "a\u0000b", "y" * 100_000] * 40)
    doc = within_caps(full_document(lambda: next(values)))
    source, out = tmp_path / "hostile.json", tmp_path / "back.json"
    source.write_text(json.dumps(doc, ensure_ascii=True), encoding="ascii")
    assert cli("import", str(source)).out == "1\n"
    assert cli("export", "1", "--out", str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == expected_export(doc)


@pytest.mark.parametrize("command", ["export", "pdf", "ics", "backup"])
def test_an_out_name_ending_in_a_slash_is_a_folder_not_a_file(
    tmp_path: Path, example_text: str, command: str
) -> None:
    # `--out reports/` meant a folder: writing a file named "reports" would surprise the person.
    data = tmp_path / "data"
    source = tmp_path / "in.json"
    source.write_text(example_text, encoding="utf-8")
    assert run_cli_process("--data-dir", str(data), "import", str(source)).code == 0
    wanted = tmp_path / "reports"
    case = [] if command == "backup" else ["1"]
    for out in (f"{wanted}/", f"{wanted}/.", f"{wanted}/..", ""):
        result = run_cli_process("--data-dir", str(data), command, *case, "--out", out)
        assert_plain_failure(result, code=2)
        assert "--out:" in result.err
        assert ("names a folder" in result.err) if out else ("name is empty" in result.err)
    assert not wanted.exists()
