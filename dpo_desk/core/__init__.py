"""The engine of DPO Desk: storage, rules, documents. Never imports Qt."""
