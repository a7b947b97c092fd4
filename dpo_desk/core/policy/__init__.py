"""The company's privacy policy and the register (issue 18; CONTRACT: Privacy policy and
register): `reader` turns a published policy into text, `analyse` finds what it says and
lacks, `apply` turns that into register entries and a checklist of gaps, `notice` writes the
company's privacy notice from the register. `law` holds what the law asks of them."""

# the checklist of gaps (migration 0007); here, not in `apply`, so that the dashboard can
# count them without loading the analyser and its lexicon (~30 ms of the window's start)
GAPS_TABLE = "policy_gaps"
