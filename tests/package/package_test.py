"""The Debian package, built and unpacked as a user's machine would see it (issue #21).

package_test.py BUILD_DIR: runs `cpack -G DEB` in the build folder, unpacks the .deb with
`dpkg -x` into a scratch root (no dpkg database touched) and checks there:
- the control fields: name, the project's version, Depends naming Graphviz's runtime
  libraries (from dpkg-shlibdeps);
- the installed program: --version equals the build's (version and commit), and it reads the
  installed sample;
- the manual page: `man -l` renders it without a warning, and every command of
  `coopnet --help` has a section there listing every option its own --help lists;
- the bash completion: sourced in bash, it offers every command, every option of each
  command, and the allowed values of --format and --lang exactly as --help lists them;
- the Python module imports from the unpacked tree and names the same version.
Exit 0 pass, 1 fail (every failed check printed).
"""

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

BUILD = os.path.abspath(sys.argv[1])
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*command, **options):
    return subprocess.run(command, capture_output=True, text=True, **options)


def help_options(program, command):
    """The option names and, for options with a fixed list, the values --help shows."""
    text = run(program, *([command] if command else []), "--help").stdout
    names, choices = [], {}
    for line in text.splitlines():
        match = re.match(r"^  (-\w,)?(--[\w-]+)(?: \S*?:\{([^}]*)\})?", line)
        if match:
            if match.group(1):
                names.append(match.group(1).rstrip(","))
            names.append(match.group(2))
            if match.group(3):
                choices[match.group(2)] = match.group(3).split(",")
    return names, choices


def commands_of(program):
    text = run(program, "--help").stdout
    block = text.split("Subcommands:", 1)[1]
    return [line.split()[0] for line in block.splitlines() if re.match(r"^  \w", line)]


def completion(script, *words):
    """What the completion function offers for the command line `words` (last one typed)."""
    body = f'source "{script}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); ' \
           'COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _coopnet; printf "%s\\n" "${COMPREPLY[@]}"'
    result = run("bash", "-c", body)
    check(result.returncode == 0, f"completion of {words} failed: {result.stderr}")
    return [w for w in result.stdout.splitlines() if w]


build_program = os.path.join(BUILD, "coopnet")
scratch = tempfile.mkdtemp(prefix="coopnet-package-")
try:
    # Build the package.
    packaging = run("cpack", "-G", "DEB", "-B", os.path.join(scratch, "out"), cwd=BUILD)
    check(packaging.returncode == 0, f"cpack failed:\n{packaging.stdout}\n{packaging.stderr}")
    debs = [f for f in os.listdir(os.path.join(scratch, "out")) if f.endswith(".deb")] \
        if packaging.returncode == 0 else []
    check(len(debs) == 1, f"one .deb expected, found {debs}")
    if failures:
        sys.exit(1)
    deb = os.path.join(scratch, "out", debs[0])

    version_line = run(build_program, "--version").stdout.strip()
    version = re.match(r"coopnet (\d+\.\d+\.\d+) \(commit ", version_line)
    check(version is not None, f"build's --version unexpected: {version_line!r}")
    version = version.group(1) if version else "?"
    check(debs[0] == f"coopnet_{version}_amd64.deb", f"package name {debs[0]}")

    fields = {f: run("dpkg-deb", "-f", deb, f).stdout.strip()
              for f in ("Package", "Version", "Depends", "Architecture")}
    check(fields["Package"] == "coopnet", f"Package: {fields['Package']}")
    check(fields["Version"] == version, f"Version: {fields['Version']} != {version}")
    for library in ("libcgraph6", "libgvc6", "libstdc++6", "libc6"):
        check(library in fields["Depends"], f"Depends lacks {library}: {fields['Depends']}")

    # Unpack without installing.
    root = os.path.join(scratch, "root")
    unpack = run("dpkg", "-x", deb, root)
    check(unpack.returncode == 0, f"dpkg -x failed: {unpack.stderr}")
    program = os.path.join(root, "usr/bin/coopnet")
    check(os.access(program, os.X_OK), "usr/bin/coopnet missing")
    installed_version = run(program, "--version").stdout.strip()
    check(installed_version == version_line,
          f"installed --version {installed_version!r} != build's {version_line!r}")
    sample = os.path.join(root, "usr/share/coopnet/samples/duisburg-marxloh")
    info = run(program, "info", sample, "--format", "json", "-q")
    check(info.returncode == 0 and '"actors": 43' in info.stdout,
          f"installed coopnet info of the installed sample: {info.returncode} {info.stderr}")
    check(f'"version": "{version}"' in info.stdout, "info JSON does not name the version")
    for document in ("LICENSE", "THIRD-PARTY.md", "CHANGELOG.md", "README.md"):
        check(os.path.isfile(os.path.join(root, "usr/share/doc/coopnet", document)),
              f"usr/share/doc/coopnet/{document} missing")

    # The manual page, rendered as `man` shows it; its sections are the commands.
    page = os.path.join(root, "usr/share/man/man1/coopnet.1.gz")
    check(os.path.isfile(page), "usr/share/man/man1/coopnet.1.gz missing")
    rendered = run("man", "--warnings", "-l", page,
                   env={**os.environ, "MANWIDTH": "200", "MAN_KEEP_FORMATTING": "0",
                        "LC_ALL": "C.UTF-8"})
    check(rendered.returncode == 0, f"man -l failed: {rendered.stderr}")
    check(rendered.stderr.strip() == "", f"man --warnings reports:\n{rendered.stderr}")
    text = re.sub(r".\x08", "", rendered.stdout)  # no overstrike bold
    check(f"coopnet {version}" in text, "the page does not name the version")
    with gzip.open(page, "rt") as source:
        check(".TH COOPNET 1" in source.read(), "no .TH COOPNET 1")
    sections = re.split(r"(?m)^   coopnet (\w+)", text)
    by_command = {sections[i]: sections[i + 1] for i in range(1, len(sections) - 1, 2)}
    commands = commands_of(build_program)
    check(len(commands) >= 12, f"commands from --help: {commands}")
    global_names, global_choices = help_options(build_program, None)
    for command in commands:
        check(command in by_command, f"the page has no section for {command}")
        names, _ = help_options(build_program, command)
        check(len(names) >= 3, f"{command} --help lists no options")
        for name in names:
            if name in global_names and name not in ("-h", "--help"):
                continue  # the program's own, listed once under OPTIONS
            check(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                            by_command.get(command, "")),
                  f"the page's {command} section lacks {name}")
    for name in global_names:
        check(name in text.split("COMMANDS", 1)[0], f"the page's OPTIONS lack {name}")

    # The bash completion.
    script = os.path.join(root, "usr/share/bash-completion/completions/coopnet")
    check(os.path.isfile(script), "usr/share/bash-completion/completions/coopnet missing")
    check(sorted(completion(script, "coopnet", "")) == sorted(commands),
          f"commands offered: {completion(script, 'coopnet', '')}")
    check(completion(script, "coopnet", "ana") == ["analyze"], "'ana' does not give analyze")
    for command in commands:
        names, choices = help_options(build_program, command)
        offered = set(completion(script, "coopnet", command, "-"))
        missing = [n for n in names if n not in offered]
        check(not missing, f"completion of '{command} -' lacks {missing}")
        for option, values in choices.items():
            got = completion(script, "coopnet", command, option, "")
            check(sorted(got) == sorted(values),
                  f"completion of '{command} {option}' gives {got}, --help says {values}")
    check(sorted(completion(script, "coopnet", "--lang", "")) == sorted(global_choices["--lang"]),
          "--lang values")
    check("gexf" in completion(script, "coopnet", "convert", "x", "y", "--output-format", "g"),
          "--output-format g does not offer gexf")

    # The Python module, when the package has it.
    packages = os.path.join(root, "usr/lib/python3/dist-packages")
    if os.path.isdir(os.path.join(packages, "coopnet")):
        python = run("/usr/bin/python3", "-c",
                     "import coopnet; print(coopnet.__version__, coopnet.__commit__)",
                     env={**os.environ, "PYTHONPATH": packages}, cwd=scratch)
        check(python.returncode == 0, f"import coopnet from the package: {python.stderr}")
        check(python.stdout.strip() == f"{version} {version_line.split('commit ')[1][:-1]}",
              f"Python names {python.stdout.strip()!r}")
finally:
    shutil.rmtree(scratch, ignore_errors=True)

print(f"{len(failures)} failures" if failures else "package: all checks passed")
sys.exit(1 if failures else 0)
