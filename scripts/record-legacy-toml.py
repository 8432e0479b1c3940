#!/usr/bin/python3
"""Record what the legacy `toml` 0.10.2 package does with a corpus of inputs.

Streamlit parses secrets.toml with `toml.loads` from the old `toml` 0.10.2
package. This dev tool runs that real parser on ~3,000 inputs and writes the
outcomes to tests/fixtures/legacy-toml/corpus.json, which the TypeScript
emulator's tests use as ground truth. CI never runs this script.

Run it with a Python that has toml 0.10.2 installed (on the dev machine that is
the system Python, not the pyenv one):

    /usr/bin/python3 scripts/record-legacy-toml.py

Options: --shared DIR (the shared fixtures folder; default ../shared/fixtures
next to the repository), --out FILE, --check (recompute and compare with the
existing file instead of writing it).

Output: a JSON list of {"id", "input", "outcome"}; see
tests/fixtures/legacy-toml/README.md for the format. The output is
deterministic: running the script twice gives byte-identical files.
"""

import argparse
import datetime
import json
import pathlib
import random
import re
import signal
import sys

import toml
from toml.decoder import InlineTableDict, TomlDecodeError

EXPECTED_TOML_VERSION = "0.10.2"
TIMEOUT_SECONDS = 2.0
RECURSION_LIMIT = 1000  # Python's default, set explicitly for reproducibility
MAX_SAFE_INTEGER = 2**53 - 1

# Mutation budget: MUTATION_SNIPPETS seeds x at most MUTATIONS_PER_SNIPPET
# single-character edits each, sampled with a fixed seed.
MUTATIONS_PER_SNIPPET = 16
MUTATION_SEED = "legacy-toml-corpus-v1"
MUTATION_INSERTS = [
    ('"', "dquote"),
    ("'", "squote"),
    ("[", "lbracket"),
    ("]", "rbracket"),
    ("{", "lbrace"),
    ("}", "rbrace"),
    ("=", "eq"),
    (",", "comma"),
    (".", "dot"),
    ("#", "hash"),
    ("\\", "backslash"),
    ("\n", "newline"),
    (" ", "space"),
]

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared" / "fixtures"
DEFAULT_OUT = REPO / "tests" / "fixtures" / "legacy-toml" / "corpus.json"


# --------------------------------------------------------------------------
# Tagging Python values as JSON
# --------------------------------------------------------------------------

# `repr` of a TomlTz (inside "What? x already exists?{...}" messages) embeds a
# memory address; replace it so the corpus is deterministic.
_ADDRESS_RE = re.compile(r" object at 0x[0-9a-fA-F]+>")


def scrub(text):
    return _ADDRESS_RE.sub(" object at 0xADDR>", text)


TAG_KEYS = {"$int", "$float", "$datetime", "$date", "$time", "$inline"}


def tag(v):
    """Python value from toml.loads -> TAGGED JSON (see README)."""
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        if -MAX_SAFE_INTEGER <= v <= MAX_SAFE_INTEGER:
            return int(v)
        # A hex literal can hold more than the 4,300 digits str() allows by default.
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return {"$int": str(v)}
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(v, float):
        return {"$float": repr(v)}
    if isinstance(v, str):
        return str(v)
    if isinstance(v, datetime.datetime):
        try:
            offset = v.utcoffset()
            iso = v.isoformat()
        except Exception as e:  # e.g. TomlTz("+99:99"): |offset| >= 24h
            return {
                "$datetime": v.replace(tzinfo=None).isoformat(),
                "utcoffset_seconds": None,
                "utcoffset_raised": {"type": type(e).__name__, "str": str(e)},
            }
        return {
            "$datetime": iso,
            "utcoffset_seconds": None if offset is None else int(offset.total_seconds()),
        }
    if isinstance(v, datetime.date):
        return {"$date": v.isoformat()}
    if isinstance(v, datetime.time):
        return {"$time": v.isoformat()}
    if isinstance(v, list):
        return [tag(x) for x in v]
    if isinstance(v, dict):
        d = {}
        for k, x in v.items():
            assert isinstance(k, str), repr(k)
            if k in TAG_KEYS:  # would be ambiguous with a tag; not in the corpus
                raise ValueError("table key %r collides with a tag" % k)
            d[k] = tag(x)
        if isinstance(v, InlineTableDict):
            return {"$inline": d}
        return d
    raise TypeError("no tag for %s: %r" % (type(v).__qualname__, v))


# --------------------------------------------------------------------------
# Running one case
# --------------------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so toml can't catch it."""


def _on_alarm(signum, frame):
    raise _Timeout()


def run_case(text):
    signal.signal(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, TIMEOUT_SECONDS)
        try:
            value = toml.loads(text)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout:
        return {"raised": {"type": "Timeout"}}
    except TomlDecodeError as e:
        return {
            "raised": {
                "type": type(e).__name__,
                "str": scrub(str(e)),
                "msg": scrub(e.msg),
                "pos": e.pos,
                "lineno": e.lineno,
                "colno": e.colno,
            }
        }
    except Exception as e:  # IndexError, ValueError, RecursionError, ...
        return {"raised": {"type": type(e).__name__, "str": scrub(str(e))}}
    outcome = {"value": tag(value)}
    order = key_order(value)
    if any(INTEGER_LIKE.match(path[-1]) for path in order):
        outcome["key_order"] = order
    return outcome


# Keys a JavaScript object would move to the front (array indices): "0", "1", "42".
INTEGER_LIKE = re.compile(r"^(0|[1-9][0-9]{0,8})$")


def key_order(v, path=()):
    """Every table key path in insertion order, depth first (list items by index)."""
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            out.append(list(path) + [k])
            out.extend(key_order(x, path + (k,)))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            out.extend(key_order(x, path + (str(i),)))
    return out


# --------------------------------------------------------------------------
# Inputs 1 and 2: shared fixtures
# --------------------------------------------------------------------------


def universal_newlines(s):
    """What Python's text mode does to a file's text (Streamlit opens secrets
    files with open(path, encoding="utf-8"))."""
    return s.replace("\r\n", "\n").replace("\r", "\n")


def parser_diff_cases(shared):
    data = json.loads((shared / "parser-diff" / "results.json").read_text("utf-8"))
    for case in data["cases"]:
        yield "parser-diff/" + case["id"], case["input"]


def file_cases(prefix, root, files):
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        yield prefix + path.relative_to(root).as_posix(), universal_newlines(text)


def toml_test_cases(shared):
    root = shared / "toml-test" / "tests"
    for kind in ("valid", "invalid"):
        files = sorted((root / kind).rglob("*.toml"), key=lambda p: p.as_posix())
        yield from file_cases("toml-test/", root, files)


def streamlit_cases(shared):
    root = shared / "streamlit"
    files = sorted(root.rglob("*.toml"), key=lambda p: p.as_posix())
    yield from file_cases("streamlit/", root, files)


# --------------------------------------------------------------------------
# Input 3a: value literals, each in three contexts
# --------------------------------------------------------------------------

INT_LITERALS = [
    "0", "+0", "-0", "1", "+1", "-1", "42", "007", "-007", "+007", "00",
    "0_0", "1_000", "1__000", "_1", "1_", "1_000_000", "0x1F", "0X1F",
    "0xdead_beef", "0xDEADBEEF", "0x", "0xg", "0x_1", "+0x10", "-0x10",
    "0o17", "0o8", "0O17", "0b101", "0b102", "0B1", "-0b1", "9007199254740991",
    "-9007199254740991", "9007199254740992", "-9007199254740992",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "1" + "0" * 40, "1" * 5000, "1,000", "1 000",
    "12abc", "0_1", "1-2", "--1", "+-1", "0.", "1 # comment",
]

FLOAT_LITERALS = [
    "1.0", "+1.0", "-1.0", "3.14159", "-0.0", "+0.0", "0.0", "1.", "1.e5",
    ".5", "-.5", "+.5", "1e10", "1E10", "1e+10", "1e-10", "1.5e3", "1e",
    "1e+", "e1", "1_000.5", "1.0_1", "1_.0", "1._0", "1e1_0", "1_e1", "1e_1",
    "01.5", "00.5", "0.1", "6.02e23", "1e400", "-1e400", "1e-400", "5e-324",
    "1.7976931348623157e308", "0e0", "-0e0", "9007199254740993.0",
    "123456789012345678901234567890.0", "1.0.0", "1..0", "0.000_001", "3.0e",
    "1.0f", "0x1p3", "inf", "+inf", "-inf", "nan", "+nan", "-nan", "Inf", "NaN",
    "INF", "infinity", "-infinity", "inf_", "1e1.5",
]

BOOL_LITERALS = [
    "true", "false", "True", "False", "TRUE", "tRuE", "yes", "no", "on",
    "null", "None", "truex", "true false", "true # comment", "truefalse",
]

# Raw strings: exactly the TOML text (r'"\n"' is a TOML basic string with an
# escape, not a Python newline).
STRING_LITERALS = [
    r'"hello"', r'""', r"''", r"'hello'", r'"a b"', r'"a # b"', r'"a = b"',
    r'"a, b"', r'"[a]"', r'"{a}"', r'''"it's"''', r"""'say "hi"'""", r'"\""',
    r'"\\"', r'"\n"', r'"\t"', r'"\r"', r'"\b"', r'"\f"', r'"\0"', r'"\e"',
    r'"\x41"', r'"\a"', r'''"\'"''', r'"\/"', r'"\u00e9"',
    r'"\U0001F600"', r'"\uD800"', r'"\uDFFF"', r'"\uE000"',
    r'"\u12"', r'"\U1234"', r'"\uZZZZ"', r'"\u"', r'"\U110000"', r'"\U00110000"',
    r'"\\u0041"', r'"\\\u0041"', r'"a\"', r'"\ "', r'"C:\Users\me"',
    r'"C:\\Users\\me"', r"'C:\Users\me'", r'"C:\new\table"', r'"D:\data"',
    r'"\\server\share"', r'"C:/Users/me"', '"é"', '"🔑"', '"\ufeff"',
    '"tab\there"', r'"a\u0000b"', r'"unterminated', r"'unterminated", r'"a" "b"',
    r'"a"b', r'"a" # c', r'"""ml"""', r"'''ml'''", r'"""a""""', r'"""a"""""',
    r'""""""', r"''''''", r"'''a''''", r'"""a\""""', r'''"'"''', r"""'"'""",
    r"'it''s'", r'"""a"b"""', r'"x"x"', r'"a\\"', r'"a\\\"', r"'a\'",
    r'"http://x/?a=1&b=2#frag"', r"'http://x/?a=1&b=2#frag'", r'"a\tb\nc"',
    r'"\u0022"', r'"\U0000005C"',
]

DATE_LITERALS = [
    "1979-05-27T07:32:00Z", "1979-05-27T07:32:00z", "1979-05-27t07:32:00Z",
    "1979-05-27t07:32:00z", "1979-05-27 07:32:00Z", "1979-05-27T07:32:00",
    "1979-05-27 07:32:00", "1979-05-27_07:32:00", "1979-05-27T07:32:00-07:00",
    "1979-05-27T07:32:00+05:30", "1979-05-27T07:32:00-00:00",
    "1979-05-27T07:32:00+00:00", "1979-05-27T07:32:00+24:00",
    "1979-05-27T07:32:00+23:59", "1979-05-27T07:32:00-23:59",
    "1979-05-27T07:32:00+99:99", "1979-05-27T07:32:00+0530",
    "1979-05-27T07:32:00+05", "1979-05-27T07:32:00+5:30",
    "1979-05-27T07:32:00.999999-07:00", "1979-05-27T00:32:00.5+01:00",
    "1979-05-27T07:32Z", "1979-05-27T07:32", "1979-05-27T07:32-07:00",
    "1979-05-27", "1979-5-27", "79-05-27", "2021-02-30", "2021-02-29",
    "2020-02-29", "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32",
    "0000-01-01", "0001-01-01", "9999-12-31T23:59:59", "10000-01-01",
    "1979-05-27T24:00:00", "1979-05-27T23:59:60", "1979-05-27T23:60:00",
    "1979-05-27T07:32:00.", "1979-05-27T07:32:00.Z", "1979-05-27T07:32:00Zjunk",
    "1979-05-27T07:32:00 Z", "1979-05-27T", "1979-05-27T07", "1979/05/27",
    "1979-05-27T07:32:00.123456789012Z", "2021-02-30T00:00:00Z",
    "1979-05-27T07:32:00.1.2", "1979-05-27T07:32:00+05:30:00",
]
for _n in range(1, 10):
    _frac = "123456789"[:_n]
    DATE_LITERALS += [
        "1979-05-27T07:32:00.%sZ" % _frac,
        "1979-05-27T07:32:00.%s" % _frac,
        "1979-05-27T07:32:00.%s+05:30" % _frac,
    ]

TIME_LITERALS = [
    "07:32:00", "00:00:00", "23:59:59", "24:00:00", "23:60:00", "23:59:60",
    "07:32", "7:32:00", "07:32:00Z", "07:32:00+01:00", "07:32:00abc", "07:32:00.",
    "99:99:99", "07:32:00.999999999", "07:32:00 # comment",
]
for _n in range(1, 10):
    TIME_LITERALS.append("07:32:00.%s" % "123456789"[:_n])


def literal_cases():
    groups = [
        ("int", INT_LITERALS),
        ("float", FLOAT_LITERALS),
        ("bool", BOOL_LITERALS),
        ("string", STRING_LITERALS),
        ("datetime", DATE_LITERALS),
        ("time", TIME_LITERALS),
    ]
    for group, lits in groups:
        for i, lit in enumerate(lits):
            name = "value/%s/%03d" % (group, i)
            # The three paths through toml 0.10.2: load_line (which checks
            # leading zeros/underscores), load_array and load_inline_object
            # (which pre-screens values by their first character).
            yield name + "/key", "v = %s\n" % lit
            yield name + "/array", "v = [%s, %s]\n" % (lit, lit)
            yield name + "/inline", "t = { k = %s, z = 1 }\n" % lit


# --------------------------------------------------------------------------
# Input 3b: hand-written secrets.toml snippets and common mistakes
# --------------------------------------------------------------------------

PEM_BODY = (
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
    "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n"
    "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ\n"
)

HAND = []


def H(name, text):
    HAND.append(("secrets/" + name, text))


# --- realistic files -------------------------------------------------------

H("docs_example", """\
# Everything in this section will be available as an environment variable
db_username = "Jane"
db_password = "mypassword"

# You can also add other sections if you like.
# The contents of sections as shown below will not become environment variables,
# but they'll be easily accessible from within Streamlit anyway as we show
# later in this doc.
[my_other_secrets]
things_i_like = ["Streamlit", "Python"]
""")

H("postgres_connection", """\
[connections.postgresql]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "xxx"
username = "xxx"
password = "xxx"
""")

H("mssql_query_inline", """\
[connections.sql]
dialect = "mssql"
driver = "pyodbc"
host = "myserver.database.windows.net"
port = 1433
database = "mydb"
username = "me"
password = "p@ss=w0rd#1"
query = { driver = "ODBC Driver 18 for SQL Server", encrypt = "yes" }
""")

H("snowflake_connection", """\
[connections.snowflake]
account = "xxxxxxx-xxxxxxx"
user = "xxx"
private_key_file = "../xxx/xxx.p8"
role = "xxx"
warehouse = "xxx"
database = "xxx"
schema = "xxx"
client_session_keep_alive = true
""")

H("snowflake_externalbrowser", """\
[connections.snowflake]
account = "myorg-myaccount"
user = "jane@example.com"
authenticator = "externalbrowser"
""")

H("gcp_service_account_escaped_newlines", """\
[gcp_service_account]
type = "service_account"
project_id = "xxx"
private_key_id = "xxx"
private_key = "-----BEGIN PRIVATE KEY-----\\n%s-----END PRIVATE KEY-----\\n"
client_email = "xxx@xxx.iam.gserviceaccount.com"
client_id = "xxx"
auth_uri = "https://accounts.google.com/o/oauth2/auth"
token_uri = "https://oauth2.googleapis.com/token"
auth_provider_x509_cert_url = "https://www.googleapis.com/oauth2/v1/certs"
client_x509_cert_url = "https://www.googleapis.com/robot/v1/metadata/x509/xxx%%40xxx.iam.gserviceaccount.com"
""" % PEM_BODY.replace("\n", "\\n"))

H("gcp_private_key_real_newlines_basic", '[gcp]\nprivate_key = "-----BEGIN PRIVATE KEY-----\n'
  + PEM_BODY + '-----END PRIVATE KEY-----\n"\nclient_email = "x@y.iam.gserviceaccount.com"\n')

H("gcp_private_key_multiline_basic", '[gcp]\nprivate_key = """-----BEGIN PRIVATE KEY-----\n'
  + PEM_BODY + '-----END PRIVATE KEY-----\n"""\nclient_email = "x@y.iam.gserviceaccount.com"\n')

H("gcp_private_key_multiline_basic_leading_newline", '[gcp]\nprivate_key = """\n-----BEGIN PRIVATE KEY-----\n'
  + PEM_BODY + '-----END PRIVATE KEY-----"""\n')

H("gcp_private_key_multiline_literal", "[gcp]\nprivate_key = '''-----BEGIN PRIVATE KEY-----\n"
  + PEM_BODY + "-----END PRIVATE KEY-----\n'''\ntoken_uri = 'https://oauth2.googleapis.com/token'\n")

H("gcp_private_key_multiline_with_escapes", '[gcp]\nprivate_key = """-----BEGIN PRIVATE KEY-----\\n'
  + PEM_BODY.replace("\n", "\\n\n") + '-----END PRIVATE KEY-----\\n"""\n')

H("gcp_private_key_literal_single_line_with_backslash_n", "[gcp]\nprivate_key = '-----BEGIN PRIVATE KEY-----\\n"
  + PEM_BODY.replace("\n", "\\n") + "-----END PRIVATE KEY-----\\n'\n")

H("gcp_json_pasted", """\
[gcp_service_account]
{
  "type": "service_account",
  "project_id": "my-project",
  "private_key_id": "abc"
}
""")

H("gcp_json_pasted_as_value", """\
gcp_service_account = {"type": "service_account", "project_id": "my-project"}
""")

H("gcp_inline_table_quoted_keys", """\
gcp_service_account = { "type" = "service_account", "project_id" = "my-project" }
""")

H("json_whole_file", """\
{
  "api_key": "abc",
  "debug": true
}
""")

H("json_one_line", '{"api_key": "abc", "debug": true}\n')

H("json_with_equals_one_line", '{api_key = "abc", debug = true}\n')

H("aws_s3", """\
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_DEFAULT_REGION = "us-east-1"
""")

H("openai_key", 'OPENAI_API_KEY = "sk-proj-abc123_DEF-456"\n')

H("mongo_uri", """\
[mongo]
host = "mongodb+srv://user:p%40ss@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"
""")

H("supabase", """\
[connections.supabase]
SUPABASE_URL = "https://xyzcompany.supabase.co"
SUPABASE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.abc-def_ghi"
""")

H("gsheets_url_with_hash", """\
[connections.gsheets]
spreadsheet = "https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0"
worksheet = "0"
""")

H("auth_single_provider", """\
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "xxx"
client_id = "xxx"
client_secret = "xxx"
server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"
""")

H("auth_multiple_providers", """\
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "xxx"

[auth.google]
client_id = "xxx"
client_secret = "xxx"
server_metadata_url = "https://accounts.google.com/.well-known/openid-configuration"

[auth.microsoft]
client_id = "xxx"
client_secret = "xxx"
server_metadata_url = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration"
client_kwargs = { prompt = "login" }
""")

H("auth_client_kwargs_multiple", """\
[auth.auth0]
client_id = "xxx"
client_kwargs = { prompt = "login", scope = "openid profile email", hd = "example.com" }
""")

H("auth_expose_tokens", """\
[auth]
expose_tokens = ["id", "access"]
redirect_uri = "https://myapp.streamlit.app/oauth2callback"
""")

H("mysql_connection", """\
[connections.mysql]
dialect = "mysql"
host = "localhost"
port = 3306
database = "xxx"
username = "xxx"
password = "xxx"
query = { charset = "xxx" }
""")

H("db_url_with_special_chars", """\
DATABASE_URL = "postgresql://user:p@ss#w=rd@db.example.com:5432/app?sslmode=require"
""")

H("url_with_single_quote_in_basic", """\
message = "Don't use 'single' quotes? ok"
url = "https://example.com/it's?q=a'b"
""")

H("literal_with_double_quotes", """\
json_blob = '{"a": 1, "b": [1, 2]}'
""")

H("literal_with_equals_and_hash", """\
conn = 'Server=tcp:x.database.windows.net,1433;Password=a#b=c;'
""")

H("nested_tables_deep", """\
[a]
x = 1
[a.b]
y = 2
[a.b.c]
z = 3
[d.e.f]
w = "deep"
""")

H("many_types_root", """\
name = "app"
port = 8501
ratio = 0.75
enabled = true
created = 2024-01-15T10:30:00Z
day = 2024-01-15
at = 10:30:00
tags = ["a", "b"]
limits = { cpu = 2, memory = "4Gi" }
""")

H("array_of_tables_users", """\
[[users]]
name = "alice"
role = "admin"

[[users]]
name = "bob"
role = "viewer"
""")

H("array_of_tables_nested", """\
[[fruit]]
name = "apple"

[fruit.physical]
color = "red"

[[fruit.variety]]
name = "red delicious"

[[fruit]]
name = "banana"

[[fruit.variety]]
name = "plantain"
""")

H("root_keys_after_table_mistake", """\
[database]
user = "u"

api_key = "meant to be at root"
""")

H("windows_line_endings_raw", 'a = "x"\r\n[t]\r\nb = 1\r\n')
H("windows_line_endings_raw_no_final", 'a = "x"\r\nb = 1')
H("lone_cr_raw", 'a = 1\rb = 2\n')
H("crlf_in_multiline_raw", 'a = """line1\r\nline2"""\r\n')

# --- unquoted / python-ish / env-file mistakes -----------------------------

H("unquoted_string", "API_KEY = sk-123abc\n")
H("unquoted_string_with_space", "name = Jane Doe\n")
H("unquoted_url", "url = https://example.com/path\n")
H("unquoted_path", "path = /home/me/key.json\n")
H("unquoted_email", "email = me@example.com\n")
H("unquoted_number_like", "version = 1.2.3\n")
H("unquoted_ip", "host = 127.0.0.1\n")
H("unquoted_starts_with_digit", "token = 12abc\n")
H("python_True", "DEBUG = True\n")
H("python_False", "DEBUG = False\n")
H("python_None", "value = None\n")
H("python_dict", "d = {'a': 1, 'b': 2}\n")
H("python_list_single_quotes", "l = ['a', 'b']\n")
H("python_tuple", "t = (1, 2)\n")
H("yaml_colon", "key: value\n")
H("yaml_colon_quoted", 'key: "value"\n')
H("yaml_nested", "db:\n  user: me\n  password: pw\n")
H("yaml_list", "items:\n  - a\n  - b\n")
H("env_export", "export A=1\n")
H("env_export_quoted", 'export API_KEY="abc"\n')
H("env_plain", "A=1\n")
H("env_plain_quoted", 'A="1"\n')
H("env_plain_unquoted_string", "API_KEY=abc123\n")
H("env_unquoted_with_spaces", "A=x y\n")
H("env_file_several", 'DB_HOST=localhost\nDB_PORT=5432\nDB_PASS="s3cr3t"\n')
H("env_file_with_comments", "# db settings\nDB_HOST=\"localhost\" # host\nDB_PORT=5432\n")
H("env_empty_value", "A=\n")
H("env_single_quotes", "A='1'\n")
H("ini_section", "[section]\nkey=value\n")
H("ini_semicolon_comment", "; comment\na = 1\n")
H("double_equals", "a == 1\n")
H("equals_in_value_unquoted", "a = b = c\n")
H("key_only", "api_key\n")
H("key_equals_nothing", "api_key =\n")
H("key_equals_nothing_eof", "api_key =")
H("equals_alone", "=\n")
H("equals_alone_eof", "=")
H("equals_value_no_key", '= "x"\n')
H("two_pairs_one_line", 'a = 1 b = 2\n')
H("two_pairs_semicolon", 'a = 1; b = 2\n')
H("two_pairs_comma", 'a = 1, b = 2\n')
H("value_then_garbage", 'a = "x" y\n')
H("value_then_garbage_number", 'a = 1 2\n')
H("string_apostrophe_in_literal", "a = 'it's'\n")
H("backtick_string", "a = `x`\n")
H("smart_quotes", "a = \u201cx\u201d\n")
H("smart_single_quotes", "a = \u2018x\u2019\n")

# --- Windows paths ---------------------------------------------------------

H("winpath_basic_unescaped", 'path = "C:\\Users\\me\\key.json"\n')
H("winpath_basic_escaped", 'path = "C:\\\\Users\\\\me\\\\key.json"\n')
H("winpath_literal", "path = 'C:\\Users\\me\\key.json'\n")
H("winpath_basic_valid_escapes", 'path = "C:\\new\\table\\file.txt"\n')
H("winpath_basic_trailing_backslash", 'path = "C:\\temp\\"\n')
H("winpath_basic_escaped_trailing_backslash", 'path = "C:\\\\temp\\\\"\n')
H("winpath_forward_slashes", 'path = "C:/Users/me/key.json"\n')
H("winpath_unc", 'path = "\\\\server\\share\\file"\n')
H("winpath_multiline_literal", "path = '''C:\\Users\\me'''\n")
H("winpath_in_array", 'paths = ["C:\\\\a", "D:\\\\b"]\n')
H("winpath_in_array_unescaped", 'paths = ["C:\\a", "D:\\b"]\n')
H("winpath_in_inline", 'cfg = { path = "C:\\\\Users\\\\me" }\n')

# --- keys ------------------------------------------------------------------

H("key_unquoted_space", "my key = 1\n")
H("key_quoted_space", '"my key" = 1\n')
H("key_literal_space", "'my key' = 1\n")
H("key_dotted", "a.b = 1\n")
H("key_dotted_quoted_whole", '"a.b" = 1\n')
H("key_dotted_literal_whole", "'a.b' = 1\n")
H("key_dotted_quoted_parts", '"a"."b" = 1\n')
H("key_dotted_spaces", "a . b = 1\n")
H("key_dotted_mixed", 'a."b.c".d = 1\n')
H("key_dotted_literal_part", "a.'b c' = 1\n")
H("key_dotted_trailing", "a. = 1\n")
H("key_dotted_leading", ".a = 1\n")
H("key_dotted_double", "a..b = 1\n")
H("key_unicode_bare", "\u043a\u043b\u044e\u0447 = 1\n")
H("key_unicode_quoted", '"\u043a\u043b\u044e\u0447" = 1\n')
H("key_accented_bare", "caf\u00e9 = 1\n")
H("key_emoji_bare", "\U0001F511 = 1\n")
H("key_emoji_quoted", '"\U0001F511" = 1\n')
H("key_cjk_bare", "\u5bc6\u94a5 = 1\n")
H("key_bom_start", "\ufeffa = 1\n")
H("key_bom_start_table", "\ufeff[a]\nb = 1\n")
H("key_bom_start_comment", "\ufeff# c\na = 1\n")
H("key_bom_middle", "a = 1\n\ufeffb = 2\n")
H("key_dash", "a-b = 1\n")
H("key_underscore", "_a = 1\n")
H("key_digits", "1234 = 1\n")
H("key_float_like", "3.14 = 1\n")
H("key_true", "true = 1\n")
H("key_empty_quoted", '"" = 1\n')
H("key_empty_literal", "'' = 1\n")
H("key_escaped_quote", '"a\\"b" = 1\n')
H("key_escaped_backslash", '"a\\\\b" = 1\n')
H("key_escaped_newline", '"a\\nb" = 1\n')
H("key_unicode_escape", '"caf\\u00e9" = 1\n')
H("key_with_equals_quoted", '"a=b" = 1\n')
H("key_with_hash_quoted", '"a#b" = 1\n')
H("key_with_bracket_quoted", '"a[0]" = 1\n')
H("key_with_brace_bare", "a{b} = 1\n")
H("key_with_slash", "a/b = 1\n")
H("key_with_at", "user@host = 1\n")
H("key_with_dollar", "$HOME = 1\n")
H("key_quoted_unclosed", '"a = 1\n')
H("key_quoted_then_bare", '"a"b = 1\n')
H("key_leading_spaces", "   a = 1\n")
H("key_leading_tab", "\ta = 1\n")
H("key_no_spaces", "a=1\n")
H("key_tab_around_equals", "a\t=\t1\n")
H("key_many_spaces", "a      =       1\n")
H("key_uppercase_and_lower", "KEY = 1\nkey = 2\n")
H("key_dotted_quoted_dot_inside", 'site."google.com" = true\n')
H("key_dotted_literal_dot_inside", "site.'google.com' = true\n")

# --- arrays ----------------------------------------------------------------

H("array_strings", 'a = ["x", "y", "z"]\n')
H("array_ints", "a = [1, 2, 3]\n")
H("array_floats", "a = [1.5, 2.5]\n")
H("array_bools", "a = [true, false]\n")
H("array_mixed_int_str", 'a = [1, "x"]\n')
H("array_mixed_str_int", 'a = ["x", 1]\n')
H("array_mixed_int_float", "a = [1, 2.0]\n")
H("array_mixed_bool_int", "a = [true, 1]\n")
H("array_mixed_date_datetime", "a = [1979-05-27, 1979-05-27T07:32:00Z]\n")
H("array_mixed_time_date", "a = [07:32:00, 1979-05-27]\n")
H("array_mixed_basic_literal", "a = [\"x\", 'y']\n")
H("array_mixed_array_int", "a = [[1], 2]\n")
H("array_mixed_int_array", "a = [1, [2]]\n")
H("array_mixed_inline_int", "a = [{x = 1}, 2]\n")
H("array_mixed_str_inline", 'a = ["x", {y = 1}]\n')
H("array_nested_ints", "a = [[1, 2], [3, 4]]\n")
H("array_nested_mixed_inner", 'a = [[1, 2], ["a", "b"]]\n')
H("array_nested_empty", "a = [[]]\n")
H("array_nested_deep", "a = [[[[1]]]]\n")
H("array_nested_strings_with_brackets", 'a = [["[", "]"], ["x"]]\n')
H("array_empty", "a = []\n")
H("array_empty_spaces", "a = [   ]\n")
H("array_only_comma", "a = [,]\n")
H("array_double_comma", "a = [1,,2]\n")
H("array_trailing_comma", "a = [1, 2,]\n")
H("array_leading_comma", "a = [,1]\n")
H("array_no_commas", "a = [1 2]\n")
H("array_strings_with_commas", 'a = ["a,b", "c,d"]\n')
H("array_strings_with_quotes", 'a = ["a\\"b", "c"]\n')
H("array_literal_strings_with_commas", "a = ['a,b', 'c']\n")
H("array_strings_with_hash", 'a = ["#x", "y#"]\n')
H("array_multiline", 'a = [\n  "x",\n  "y"\n]\n')
H("array_multiline_trailing_comma", 'a = [\n  "x",\n  "y",\n]\n')
H("array_multiline_comments", 'a = [ # first\n  "x", # one\n  # between\n  "y" # two\n] # after\n')
H("array_multiline_ints_comments", "a = [\n  1, # one\n  2, # two\n]\n")
H("array_multiline_nested", "a = [\n  [1, 2],\n  [3, 4],\n]\n")
H("array_multiline_then_key", 'a = [\n  "x",\n]\nb = "y"\n')
H("array_multiline_comment_with_bracket", "a = [\n  1, # ]\n  2\n]\n")
H("array_multiline_string_with_bracket", 'a = [\n  "]",\n  "["\n]\n')
H("array_of_inline_tables", 'a = [{name = "x", v = 1}, {name = "y", v = 2}]\n')
H("array_of_inline_tables_multiline", 'a = [\n  { name = "x" },\n  { name = "y" },\n]\n')
H("array_of_inline_tables_different_keys", 'a = [{x = 1}, {y = "z"}]\n')
H("array_of_inline_tables_nested", "a = [{x = {y = 1}}, {x = {y = 2}}]\n")
H("array_of_inline_tables_with_arrays", "a = [{x = [1, 2]}, {x = [3]}]\n")
H("array_of_dates", "a = [1979-05-27, 2000-01-01]\n")
H("array_of_datetimes", "a = [1979-05-27T07:32:00Z, 2000-01-01T00:00:00+01:00]\n")
H("array_of_times", "a = [07:32:00, 23:59:59]\n")
H("array_of_ml_strings", 'a = ["""x""", """y"""]\n')
H("array_of_ml_strings_multiline", 'a = ["""x\ny""", "z"]\n')
H("array_of_ml_literals", "a = ['''x''', '''y''']\n")
H("array_unterminated", "a = [1, 2\n")
H("array_unterminated_then_key", "a = [1, 2\nb = 3\n")
H("array_unterminated_eof", "a = [1, 2")
H("array_unterminated_string_eof", 'a = ["x", "y')
H("array_close_only", "a = ]\n")
H("array_extra_close", "a = [1]]\n")
H("array_inf_nan", "a = [inf, -inf, nan]\n")
H("array_neg_numbers", "a = [-1, -2]\n")
H("array_plus_numbers", "a = [+1, +2]\n")
H("array_leading_zero", "a = [007]\n")
H("array_underscores", "a = [1_000, 2_000]\n")

# --- inline tables ---------------------------------------------------------

H("inline_simple", 'a = { x = 1, y = "z" }\n')
H("inline_empty", "a = {}\n")
H("inline_empty_spaces", "a = {  }\n")
H("inline_nested", "a = { b = { c = { d = 1 } } }\n")
H("inline_with_array", 'a = { b = [1, 2], c = "x" }\n')
H("inline_with_array_strings", 'a = { b = ["x", "y"] }\n')
H("inline_comma_in_string", 'a = { b = "x,y", c = 1 }\n')
H("inline_equals_in_string", 'a = { url = "https://x/?a=1&b=2" }\n')
H("inline_brace_in_string", 'a = { b = "}" }\n')
H("inline_open_brace_in_string", 'a = { b = "{" }\n')
H("inline_literal_with_comma_equals", "a = { b = 'x, y = z' }\n")
H("inline_trailing_comma", "a = { b = 1, }\n")
H("inline_leading_comma", "a = { , b = 1 }\n")
H("inline_no_comma", "a = { b = 1 c = 2 }\n")
H("inline_dotted_key", "a = { b.c = 1 }\n")
H("inline_dotted_keys_shared", "a = { b.c = 1, b.d = 2 }\n")
H("inline_quoted_key", 'a = { "b c" = 1 }\n')
H("inline_duplicate_key", "a = { b = 1, b = 2 }\n")
H("inline_multiline", "a = {\n  b = 1,\n  c = 2\n}\n")
H("inline_multiline_in_array", "a = [\n  { b = 1,\n    c = 2 }\n]\n")
H("inline_unterminated", "a = { b = 1\n")
H("inline_unterminated_eof", "a = { b = 1")
H("inline_unterminated_then_key", "a = { b = 1\nc = 2\n")
H("inline_extra_close", "a = { b = 1 }}\n")
H("inline_colon", 'a = { "b": 1 }\n')
H("inline_float", "a = { b = 1.5, c = -2 }\n")
H("inline_plus_number", "a = { b = +1 }\n")
H("inline_bool_date", "a = { b = true, c = 1979-05-27 }\n")
H("inline_time", "a = { b = 07:32:00 }\n")
H("inline_inf", "a = { b = inf, c = nan }\n")
H("inline_unquoted_string", "a = { b = xyz }\n")
H("inline_string_then_comma_string", 'a = { b = "x", c = "y, z" }\n')
H("inline_then_table_extend", "a = { b = 1 }\n[a.c]\nd = 2\n")
H("inline_then_table_same", "a = { b = 1 }\n[a]\nc = 2\n")
H("inline_then_dotted_extend", "a = { b = 1 }\na.c = 2\n")
H("inline_at_root_line", "{ a = 1 }\n")
H("inline_with_comment_after", "a = { b = 1 } # comment\n")
H("inline_with_hash_in_string", 'a = { b = "#x" }\n')
H("inline_with_escaped_quote", 'a = { b = "x\\"y", c = 1 }\n')
H("inline_nested_with_comma_string", 'a = { b = { c = "x,y" }, d = 1 }\n')
H("inline_array_of_inline", "a = { b = [{ c = 1 }, { c = 2 }] }\n")
H("inline_ml_string", 'a = { b = """x""" }\n')

# --- multi-line strings ----------------------------------------------------

H("ml_basic", 'a = """\nline one\nline two\n"""\n')
H("ml_basic_same_line", 'a = """one line"""\n')
H("ml_basic_quote_at_end", 'a = """x""""\n')
H("ml_basic_two_quotes_at_end", 'a = """x"""""\n')
H("ml_basic_quote_inside", 'a = """say "hi" now"""\n')
H("ml_basic_two_quotes_inside", 'a = """a""b"""\n')
H("ml_basic_escaped_quote_end", 'a = """x\\""""\n')
H("ml_basic_line_ending_backslash", 'a = """\\\n  The quick \\\n  brown fox.\\\n  """\n')
H("ml_basic_backslash_space_newline", 'a = """x \\  \n  y"""\n')
H("ml_basic_escapes", 'a = """tab\\tnewline\\n"""\n')
H("ml_basic_invalid_escape", 'a = """bad \\q"""\n')
H("ml_basic_unterminated", 'a = """\nx\n')
H("ml_basic_unterminated_eof", 'a = """x')
H("ml_basic_then_key", 'a = """\nx\n"""\nb = 1\n')
H("ml_basic_closing_on_own_line_indented", 'a = """\nx\n    """\n')
H("ml_basic_hash_inside", 'a = """\n# not a comment\n"""\n')
H("ml_basic_brackets_inside", 'a = """\n[not.a.table]\nk = v\n"""\n')
H("ml_basic_empty", 'a = """"""\n')
H("ml_basic_only_newline", 'a = """\n"""\n')
H("ml_basic_trailing_text", 'a = """x""" y\n')
H("ml_literal", "a = '''\nline one\nline two\n'''\n")
H("ml_literal_quote_at_end", "a = '''x''''\n")
H("ml_literal_two_quotes_at_end", "a = '''x'''''\n")
H("ml_literal_backslashes", "a = '''C:\\path\\n'''\n")
H("ml_literal_unterminated", "a = '''\nx\n")
H("ml_literal_unterminated_eof", "a = '''x")
H("ml_literal_single_quote_inside", "a = '''it's'''\n")
H("ml_literal_double_quotes_inside", "a = '''say \"\"\"hi\"\"\"'''\n")
H("ml_in_table", '[t]\na = """\nx\n"""\n[u]\nb = 1\n')
H("ml_blank_lines_inside", 'a = """\nx\n\n\ny\n"""\n')
H("ml_tabs_inside", 'a = """\n\tindented\n"""\n')
H("ml_basic_in_array_multiline", 'a = [\n"""\nx\n""",\n]\n')

# --- basic/literal string edge cases ---------------------------------------

H("basic_newline_inside", 'a = "line1\nline2"\n')
H("basic_tab_inside", 'a = "a\tb"\n')
H("basic_control_char", 'a = "a\x01b"\n')
H("basic_del_char", 'a = "a\x7fb"\n')
H("basic_null_char", 'a = "a\x00b"\n')
H("basic_hash_inside", 'a = "a#b" # real comment\n')
H("basic_unterminated", 'a = "abc\n')
H("basic_unterminated_eof", 'a = "abc')
H("basic_unterminated_then_key", 'a = "abc\nb = 1\n')
H("basic_backslash_eof", 'a = "abc\\')
H("basic_escaped_quote_eof", 'a = "abc\\"')
H("literal_unterminated", "a = 'abc\n")
H("literal_unterminated_eof", "a = 'abc")
H("literal_newline_inside", "a = 'line1\nline2'\n")
H("string_then_string", 'a = "x""y"\n')
H("string_escape_unicode_surrogate_pair", 'a = "\\uD83D\\uDE00"\n')
H("string_escape_x", 'a = "\\x41"\n')
H("string_escape_e", 'a = "\\e[31m"\n')
H("string_escape_U", 'a = "\\U0001F600"\n')
H("string_escape_u_lower", 'a = "\\u00e9"\n')
H("string_escape_invalid_q", 'a = "\\q"\n')
H("string_escape_backslash_u_escaped", 'a = "\\\\u0041"\n')
H("string_very_long", 'a = "%s"\n' % ("x" * 5000))

# --- dates / times in context ---------------------------------------------

H("dates_realistic", """\
start = 2024-01-15
end = 2024-12-31T23:59:59Z
daily_at = 09:00:00
local = 2024-06-01T12:00:00
offset = 2024-06-01T12:00:00+02:00
""")
H("date_quoted", 'start = "2024-01-15"\n')
H("date_then_comment", "start = 2024-01-15 # comment\n")
H("datetime_then_comment", "start = 2024-01-15T10:00:00Z # comment\n")
H("datetime_space_then_comment", "start = 2024-01-15 10:00:00 # comment\n")

# --- duplicates and table structure ----------------------------------------

H("dup_key", "a = 1\na = 2\n")
H("dup_key_same_value", "a = 1\na = 1\n")
H("dup_key_in_table", "[t]\na = 1\na = 2\n")
H("dup_key_different_case", "a = 1\nA = 2\n")
H("dup_key_quoted_vs_bare", 'a = 1\n"a" = 2\n')
H("dup_table", "[a]\nx = 1\n[a]\ny = 2\n")
H("dup_table_empty", "[a]\n[a]\n")
H("dup_table_quoted", '[a]\n["a"]\n')
H("dup_table_spaces", "[a]\n[ a ]\n")
H("super_after_sub", "[a.b]\nx = 1\n[a]\ny = 2\n")
H("super_after_sub_twice", "[a.b]\n[a]\n[a]\n")
H("sub_after_super", "[a]\ny = 2\n[a.b]\nx = 1\n")
H("sub_after_key_same_name", "[a]\nb = 1\n[a.b]\nx = 1\n")
H("table_after_key", "a = 1\n[a]\nb = 2\n")
H("table_after_key_in_table", "[t]\na = 1\n[t.a]\nb = 2\n")
H("aot_then_table", "[[a]]\nx = 1\n[a]\ny = 2\n")
H("table_then_aot", "[a]\nx = 1\n[[a]]\ny = 2\n")
H("static_array_then_aot", "a = []\n[[a]]\nx = 1\n")
H("static_array_values_then_aot", "a = [1]\n[[a]]\nx = 1\n")
H("static_array_tables_then_aot", "a = [{x = 1}]\n[[a]]\nx = 2\n")
H("aot_then_subtable", "[[a]]\nx = 1\n[a.b]\ny = 2\n")
H("aot_then_subtable_twice", "[[a]]\n[a.b]\ny = 1\n[[a]]\n[a.b]\ny = 2\n")
H("aot_then_dotted_key", "[[a]]\nb.c = 1\n")
H("aot_implicit_parent", "[[a.b]]\nx = 1\n[a]\ny = 2\n")
H("aot_implicit_parent_then_aot", "[a.b]\nx = 1\n[[a]]\n")
H("aot_empty_entries", "[[a]]\n[[a]]\n[[a]]\n")
H("aot_inside_table", "[t]\n[[t.items]]\nx = 1\n[[t.items]]\nx = 2\n")
H("dotted_then_table", "a.b = 1\n[a]\nc = 2\n")
H("dotted_then_subtable", "a.b = 1\n[a.c]\nd = 2\n")
H("dotted_then_same_subtable", "a.b.c = 1\n[a.b]\nd = 2\n")
H("table_then_dotted_same", "[a]\nb = 1\n[x]\na.c = 2\n")
H("dotted_overwrite_value", "a = 1\na.b = 2\n")
H("dotted_into_inline", "a = {}\na.b = 1\n")
H("dotted_in_table_then_header", "[t]\na.b = 1\n[t.a]\nc = 2\n")
H("dotted_keys_interleaved", "a.x = 1\nb.y = 2\na.z = 3\n")
H("dotted_key_dup", "a.b = 1\na.b = 2\n")
H("implicit_then_explicit", "[a.b.c]\nx = 1\n[a.b]\ny = 2\n[a]\nz = 3\n")
H("implicit_name_elsewhere", "[x.b]\n[y.b]\n[b]\n")

# --- table headers ---------------------------------------------------------

H("header_spaces_inside", "[ a ]\nx = 1\n")
H("header_spaces_around_dot", "[ a . b ]\nx = 1\n")
H("header_quoted_space", '["a b"]\nx = 1\n')
H("header_literal_dot", "['a.b']\nx = 1\n")
H("header_quoted_dot_part", '[a."b.c".d]\nx = 1\n')
H("header_quoted_bracket", '["a]b"]\nx = 1\n')
H("header_trailing_comment", "[a] # comment\nx = 1\n")
H("header_trailing_garbage", "[a] x = 1\n")
H("header_trailing_garbage_word", "[a] b\n")
H("header_unquoted_space", "[a b]\nx = 1\n")
H("header_trailing_dot", "[a.]\nx = 1\n")
H("header_leading_dot", "[.a]\nx = 1\n")
H("header_double_dot", "[a..b]\nx = 1\n")
H("header_empty", "[]\nx = 1\n")
H("header_empty_aot", "[[]]\nx = 1\n")
H("header_bracket_alone", "[\n")
H("header_bracket_alone_eof", "[")
H("header_unterminated", "[a\nx = 1\n")
H("header_unterminated_eof", "[a")
H("header_aot_unterminated", "[[a]\nx = 1\n")
H("header_aot_unterminated_eof", "[[a")
H("header_extra_close", "[a]]\nx = 1\n")
H("header_aot_extra_close", "[[a]]]\nx = 1\n")
H("header_indented", "  [a]\n  x = 1\n")
H("header_tab_indented", "\t[a]\n\tx = 1\n")
H("header_unicode_bare", "[\u043a\u043b\u044e\u0447]\nx = 1\n")
H("header_unicode_quoted", '["\u043a\u043b\u044e\u0447"]\nx = 1\n')
H("header_emoji_quoted", '["\U0001F511"]\nx = 1\n')
H("header_empty_quoted", '[""]\nx = 1\n')
H("header_quoted_escape", '["a\\nb"]\nx = 1\n')
H("header_with_equals", "[a=b]\nx = 1\n")
H("header_number", "[1]\nx = 1\n")
H("header_dash_underscore", "[a-b_c]\nx = 1\n")
H("header_mixed_quotes", "[\"a\".'b']\nx = 1\n")
H("header_space_before_close", "[a ]\n")
H("header_aot_spaces", "[[ a ]]\nx = 1\n")
H("header_aot_inner_space", "[ [a] ]\nx = 1\n")
H("header_then_value_same_line", '[a] b = "c"\n')
H("header_case_section_upper", "[DB]\nx = 1\n[db]\ny = 2\n")

# --- whitespace, comments, endings ----------------------------------------

H("empty", "")
H("only_newline", "\n")
H("only_newlines", "\n\n\n")
H("only_spaces", "   ")
H("only_tab", "\t")
H("only_comment", "# just a comment\n")
H("only_comment_eof", "# just a comment")
H("only_hash", "#")
H("comment_no_space", "a = 1#comment\n")
H("comment_with_quotes", "# it's \"quoted\"\na = 1\n")
H("comment_with_brackets", "# [table]\na = 1\n")
H("comment_with_equals", "# a = 2\na = 1\n")
H("comment_after_string_with_quote", "a = \"x\" # it's\n")
H("comment_after_literal_with_quote", "a = 'x' # \"y\n")
H("comment_in_header_line_with_bracket", "[a] # [b]\nx = 1\n")
H("comment_indented", "a = 1\n    # indented comment\nb = 2\n")
H("comment_between_key_and_value", "a = # comment\n1\n")
H("comment_control_char", "# a\x01b\na = 1\n")
H("comment_crlf_raw", "# c\r\na = 1\r\n")
H("no_final_newline", 'a = "x"')
H("no_final_newline_int", "a = 1")
H("no_final_newline_table", "[a]")
H("no_final_newline_table_key", "[a]\nb = 1")
H("trailing_whitespace_lines", "a = 1   \n  \n\t\nb = 2\t\n")
H("blank_lines_between", "\n\n\na = 1\n\n\n[t]\n\n\nb = 2\n\n\n")
H("tabs_everywhere", "\ta\t=\t1\t\n[\tt\t]\n\tb\t=\t\"x\"\t\n")
H("form_feed", "a = 1\n\x0c\nb = 2\n")
H("vertical_tab", "a = 1\x0b\n")
H("nbsp_before_key", "\u00a0a = 1\n")
H("nbsp_around_equals", "a\u00a0=\u00a01\n")
H("zero_width_space_key", "a\u200b = 1\n")
H("null_byte_line", "a = 1\n\x00\n")
H("ends_inside_basic", 'a = 1\nb = "xyz')
H("ends_inside_literal", "a = 1\nb = 'xyz")
H("ends_inside_ml_basic", 'a = 1\nb = """xyz')
H("ends_inside_ml_literal", "a = 1\nb = '''xyz")
H("ends_inside_array", "a = 1\nb = [1, 2")
H("ends_inside_array_after_comma", "a = 1\nb = [1, ")
H("ends_inside_nested_array", "b = [[1, 2], [3")
H("ends_inside_inline", "a = 1\nb = { c = 1")
H("ends_inside_inline_after_comma", "b = { c = 1, ")
H("ends_inside_key", "a = 1\nb")
H("ends_after_equals", "a = 1\nb =")
H("ends_after_equals_space", "a = 1\nb = ")
H("ends_inside_quoted_key", 'a = 1\n"b')
H("ends_inside_header", "a = 1\n[b")
H("ends_with_backslash", "a = 1\n\\")
H("ends_with_cr", "a = 1\r")
H("ends_with_crlf", "a = 1\r\n")
H("ends_with_dot_key", "a.")
H("ends_with_open_brace", "a = {")
H("ends_with_open_bracket", "a = [")
H("ends_with_open_bracket_newline", "a = [\n")
H("ends_with_open_brace_newline", "a = {\n")
H("ends_with_quote", 'a = "')
H("ends_with_two_quotes", 'a = ""')
H("ends_with_three_quotes", 'a = """')

# --- deep nesting (recursion) ----------------------------------------------

for _depth in (10, 100, 250, 600, 2000):
    H("deep_array_%d" % _depth, "a = %s1%s\n" % ("[" * _depth, "]" * _depth))
for _depth in (10, 100, 600):
    H("deep_inline_%d" % _depth, "a = %s1%s\n" % ("{ b = " * _depth, " }" * _depth))
H("deep_table_header", "[%s]\nx = 1\n" % ".".join("t%d" % i for i in range(200)))
H("deep_dotted_key", "%s = 1\n" % ".".join("k%d" % i for i in range(200)))

# --- Python's limits: huge numbers, deep nesting, C ints -------------------

LIMITS = []


def L(name, text):
    LIMITS.append(("limits/" + name, text))


L("int_4300_digits", "a = %s\n" % ("9" * 4300))
L("int_4301_digits", "a = %s\n" % ("9" * 4301))
L("int_5000_digits_negative", "a = -%s\n" % ("9" * 5000))
L("int_5000_digits_in_array", "a = [%s]\n" % ("9" * 5000))
L("int_5000_digits_in_inline", "a = { b = %s }\n" % ("9" * 5000))
L("int_underscores_5001_chars", "a = %s1\n" % ("1_" * 2500))
L("hex_5000_digits", "a = 0x%s\n" % ("f" * 5000))
L("oct_5000_digits", "a = 0o%s\n" % ("7" * 5000))
L("bin_15000_digits", "a = 0b%s\n" % ("1" * 15000))
L("float_1e400", "a = 1e400\n")
L("float_minus_1e400", "a = -1e400\n")
L("float_1e-400", "a = 1e-400\n")
L("float_5000_digits", "a = %s.5\n" % ("9" * 5000))
L("float_exponent_5000_digits", "a = 1e%s\n" % ("9" * 5000))
L("float_1e400_in_array", "a = [1e400, 1.0]\n")
L("unicode_escape_past_c_int", 'a = "\\UFFFFFFFF"\n')
L("unicode_escape_past_unicode", 'a = "\\U00110000"\n')
L("unicode_escape_c_int_max", 'a = "\\U7FFFFFFF"\n')
L("unicode_escape_past_c_int_by_one", 'a = "\\U80000000"\n')
for _depth in (490, 497, 498, 1000):
    L("deep_array_%d" % _depth, "a = %s1%s\n" % ("[" * _depth, "]" * _depth))
for _depth in (320, 331, 332, 400):
    L("deep_inline_%d" % _depth, "a = %s1%s\n" % ("{ b = " * _depth, " }" * _depth))
for _depth in (190, 199, 200, 250):
    L("deep_inline_in_array_%d" % _depth, "a = %s1%s\n" % ("[{ b = " * _depth, " }]" * _depth))
L("deep_table_header_600", "[%s]\nx = 1\n" % ".".join(["t"] * 600))
L("deep_dotted_key_600", "%s = 1\n" % ".".join(["k"] * 600))
L("deep_array_of_tables_600", "[[%s]]\nx = 1\n" % ".".join(["t"] * 600))

L("unbound_local_empty_key_multiline_basic", '"" = """a\nb"""\n')
L("unbound_local_empty_key_multiline_literal", "'' = '''a\nb'''\n")
L("unbound_local_empty_key_multiline_in_table", '[t]\n"" = """a\nb"""\n')
L("empty_key_multiline_on_one_line", '"" = """ab"""\n')

# --- key order: integer-like keys keep their place (JavaScript objects would not)

L("order_root_integer_after_name", 'b = 1\n1 = 2\n')
L("order_quoted_integers", '"z" = 1\n"10" = 2\n"2" = 3\n"01" = 4\n')
L("order_tables", '[b]\nx = 1\n[1]\nx = 2\n[b.3]\ny = 1\n[b.0]\ny = 2\n')
L("order_inline", 'a = { z = 1, 5 = 2, 4 = 3 }\n')
L("order_dotted", 'a.z = 1\na.7 = 2\na.y.2 = 3\na.y.x = 4\n')
L("order_array_of_tables", '[[s]]\nb = 1\n0 = 2\n[[s]]\n9 = 1\na = 2\n')
L("order_large_integer_keys", '"4294967295" = 1\n"4294967294" = 2\nk = 3\n"123456789" = 4\n')

# --- big inputs -------------------------------------------------------------

H("many_keys", "".join("key_%d = %d\n" % (i, i) for i in range(300)))
H("many_tables", "".join("[t%d]\nx = %d\n" % (i, i) for i in range(100)))
H("long_array", "a = [%s]\n" % ", ".join(str(i) for i in range(500)))


# --------------------------------------------------------------------------
# Input 4: seeds for single-character mutations
# --------------------------------------------------------------------------

MUTATION_SEEDS = [
    ("string_pair", 'api_key = "sk-123"\n'),
    ("literal_pair", "path = 'C:\\tmp'\n"),
    ("int_pair", "port = 5432\n"),
    ("float_pair", "ratio = 0.75\n"),
    ("bool_pair", "debug = true\n"),
    ("two_pairs", 'user = "me"\npassword = "pw"\n'),
    ("table", '[db]\nhost = "localhost"\n'),
    ("dotted_table", '[connections.sql]\ndialect = "postgresql"\n'),
    ("aot", '[[users]]\nname = "a"\n[[users]]\nname = "b"\n'),
    ("array_strings", 'tags = ["a", "b"]\n'),
    ("array_ints", "nums = [1, 2, 3]\n"),
    ("array_nested", "m = [[1, 2], [3]]\n"),
    ("array_multiline", 'a = [\n  "x", # c\n  "y",\n]\n'),
    ("inline", 'q = { driver = "odbc", encrypt = "yes" }\n'),
    ("inline_nested", "p = { x = 1, m = { y = 2 } }\n"),
    ("inline_array", 'k = { s = ["openid", "email"] }\n'),
    ("array_of_inline", "a = [{x = 1}, {x = 2}]\n"),
    ("url", 'url = "https://x.io/?a=1&b=2#f"\n'),
    ("url_literal", "dsn = 'pg://u:p@h/db?ssl=1'\n"),
    ("quoted_key", '"my key" = "v"\n'),
    ("dotted_key", 'site."google.com" = true\n'),
    ("key_dotted_bare", "a.b.c = 1\n"),
    ("escapes", 'e = "tab\\tnl\\n\\u00e9"\n'),
    ("winpath", 'p = "C:\\\\Users\\\\me"\n'),
    ("ml_basic", 'k = """\nline1\nline2\n"""\n'),
    ("ml_literal", "k = '''\nraw\\n\n'''\n"),
    ("ml_backslash", 'k = """a \\\n  b"""\n'),
    ("pem_escaped", 'pk = "-----BEGIN-----\\nMIIE\\n-----END-----\\n"\n'),
    ("datetime", "ts = 1979-05-27T07:32:00Z\n"),
    ("datetime_offset", "ts = 1979-05-27T07:32:00.5-07:00\n"),
    ("date", "d = 2024-01-15\n"),
    ("time", "t = 07:32:00\n"),
    ("hex_int", "h = 0xDEAD_BEEF\n"),
    ("exp_float", "f = -6.02e+23\n"),
    ("comment_line", "# secrets\na = 1 # note\n"),
    ("header_comment", "[auth] # oauth\nx = 'y'\n"),
    ("auth_section", '[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\n'),
    ("client_kwargs", '[auth.ms]\nclient_kwargs = { prompt = "login" }\n'),
    ("root_then_table", 'a = 1\n[t]\nb = "x"\n[t.u]\nc = [1]\n'),
    ("mixed_file", 'k = "v"\nn = 1\n[s]\nl = [true, false]\n'),
]


def mutation_cases(seen_inputs):
    """Single-character deletions and insertions of MUTATION_INSERTS at every
    position of each seed; deduplicated, then a seeded sample per seed."""
    for seed_name, text in MUTATION_SEEDS:
        candidates = []
        for pos in range(len(text)):
            candidates.append(("del@%d" % pos, text[:pos] + text[pos + 1:]))
        for pos in range(len(text) + 1):
            for ch, ch_name in MUTATION_INSERTS:
                candidates.append(("ins@%d:%s" % (pos, ch_name), text[:pos] + ch + text[pos:]))
        unique = []
        local = set()
        for name, mutated in candidates:
            if mutated in local or mutated in seen_inputs or mutated == text:
                continue
            local.add(mutated)
            unique.append((name, mutated))
        rng = random.Random("%s:%s" % (MUTATION_SEED, seed_name))
        chosen = sorted(rng.sample(range(len(unique)), min(MUTATIONS_PER_SNIPPET, len(unique))))
        if text not in seen_inputs:
            seen_inputs.add(text)
            yield "mutation/%s/original" % seed_name, text
        for index in chosen:
            name, mutated = unique[index]
            seen_inputs.add(mutated)
            yield "mutation/%s/%s" % (seed_name, name), mutated


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def collect_inputs(shared):
    cases = []
    cases.extend(parser_diff_cases(shared))
    cases.extend(toml_test_cases(shared))
    cases.extend(streamlit_cases(shared))
    cases.extend(HAND)
    cases.extend(LIMITS)
    cases.extend(literal_cases())
    seen = {text for _, text in cases}
    cases.extend(mutation_cases(seen))
    seen_ids = set()
    for case_id, _ in cases:
        if case_id in seen_ids:
            raise SystemExit("duplicate case id: %s" % case_id)
        seen_ids.add(case_id)
    return cases


def render(records):
    # One case per line: valid JSON that diffs well.
    lines = [json.dumps(r, ensure_ascii=False, allow_nan=False) for r in records]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=pathlib.Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true",
                        help="compare with the existing file instead of writing it")
    args = parser.parse_args()

    if toml.__version__ != EXPECTED_TOML_VERSION:
        raise SystemExit("need toml %s, found %s (%s)"
                         % (EXPECTED_TOML_VERSION, toml.__version__, toml.__file__))
    sys.setrecursionlimit(RECURSION_LIMIT)

    records = []
    for case_id, text in collect_inputs(args.shared):
        records.append({"id": case_id, "input": text, "outcome": run_case(text)})
    out = render(records)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (e.g. from "\uD800"-like escapes) can't be UTF-8.
        out = render_ascii(records)
    json.loads(out)  # sanity: valid JSON

    if args.check:
        current = args.out.read_text("utf-8")
        if current != out:
            raise SystemExit("%s is out of date" % args.out)
        print("%s is up to date (%d cases)" % (args.out, len(records)))
        return

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(out, "utf-8")

    summary = {}
    for r in records:
        key = "value" if "value" in r["outcome"] else r["outcome"]["raised"]["type"]
        summary[key] = summary.get(key, 0) + 1
    print("python %s, toml %s" % (sys.version.split()[0], toml.__version__))
    print("wrote %s: %d cases, %d bytes" % (args.out, len(records), len(out.encode("utf-8"))))
    for key, n in sorted(summary.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-16s %d" % (key, n))


def render_ascii(records):
    lines = [json.dumps(r, ensure_ascii=True, allow_nan=False) for r in records]
    return "[\n" + ",\n".join(lines) + "\n]\n"


if __name__ == "__main__":
    main()
