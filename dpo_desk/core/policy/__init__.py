"""The company's privacy policy and the register (issue 18; CONTRACT: Privacy policy and
register): `reader` turns a published policy into text, `analyse` finds what it says and
lacks, `apply` turns that into register entries and a checklist of gaps, `notice` writes the
company's privacy notice from the register. `law` holds what the law asks of them."""
