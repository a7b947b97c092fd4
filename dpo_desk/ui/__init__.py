"""The Qt presentation of DPO Desk: windows, views, dialogs. No SQL and no rules here."""
