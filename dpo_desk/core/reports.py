"""Printable reports (DOMAIN D5; CONTRACT: report register/complaints/incidents): the record
of processing, the history of requests and complaints with deadlines met or missed, and the
history of breaches with the notices sent, on the company letterhead (core/pdf.py).

Each report is one function `(desk, out, *, ..., language=None, progress=None) -> Path`,
listed in `REPORTS`. `progress(done, total)` is called now and then, while the figures are
gathered and while the pages are laid out; returning False stops the report with
`ReportCancelled` and leaves no file (`pdf.Document.save` writes a temp file, then renames).

Complaints are counted in SQL over the cases *received* in the range, so that a report over
100,000 cases takes seconds. A case is settled when answered or closed, on time when that day
is on or before its binding due date (`rules.SETTLED_ON_TIME_SQL`, as the dashboard counts).
The case list prints the LIST_LIMIT most recent cases and says how many it leaves out; the table by
month counts every case.

The report's wording is in TEXT, one dictionary per language; codes (kinds, statuses ...)
use the words of the app's screens.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import (
    catalogue,
    clock,
    complaints,
    files,
    incidents,
    limits,
    register,
    rules,
    settings,
    signing,
    vocab,
)
from dpo_desk.core.catalogue import Lookup
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.pdf import FONT, Document, Letterhead, keep_signature, markup, short_date

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

KINDS = ("access", "correction", "provide", "deletion", "withdraw_consent", "restriction",
         "objection", "protection", "complaint", "other")  # in the CONTRACT's order
LIST_LIMIT = 2000  # cases printed in a list; more would make a book nobody reads
DEFAULT_MONTHS = 12  # the default range: this month and the eleven before it
Progress = Callable[[int, int], "bool | None"]

TEXT = {
    "vi": {
        "none": "—", "yes": "Có", "no": "Không", "total": "Cộng",
        "generated": "Thời điểm lập báo cáo", "period": "Kỳ báo cáo",
        "period_value": "Từ ngày {start} đến ngày {end}",
        "prepared_by": "NGƯỜI LẬP BÁO CÁO", "sign_note": "(Ký, ghi rõ họ tên)",
        "sensitive_mark": "nhạy cảm", "count": "Số lượng", "share": "Tỷ lệ",
        "days": "{n} ngày", "hours": "{n} giờ",
        # the register
        "register.title": "DANH MỤC HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN",
        "register.subtitle": "(Hồ sơ ghi nhận hoạt động xử lý dữ liệu cá nhân)",
        "register.summary": "I. TỔNG HỢP",
        "register.entries": "Số danh mục dữ liệu",
        "register.basic": "Danh mục chỉ có dữ liệu cá nhân cơ bản",
        "register.sensitive": "Danh mục có dữ liệu cá nhân nhạy cảm",
        "register.abroad": "Danh mục chuyển dữ liệu ra nước ngoài",
        "register.sensitive_heading": "1. Dữ liệu cá nhân nhạy cảm và căn cứ xác định",
        "register.sensitive_none": "Danh mục không có dữ liệu cá nhân nhạy cảm.",
        "register.item": "Dữ liệu", "register.reason": "Căn cứ",
        "register.in_entries": "Thuộc danh mục",
        "register.declared": "Danh mục được doanh nghiệp đánh dấu nhạy cảm",
        "register.declared_reason": "đánh giá của doanh nghiệp",
        "register.abroad_heading": "2. Chuyển dữ liệu cá nhân ra nước ngoài",
        "register.abroad_none": "Không có danh mục nào chuyển dữ liệu ra nước ngoài.",
        "register.entry": "Danh mục", "register.countries": "Quốc gia nhận",
        "register.recipients_heading": "3. Bên xử lý dữ liệu, bên thứ ba và bên nhận khác",
        "register.recipients_none": "Danh mục không ghi bên nhận dữ liệu nào.",
        "register.party": "Tổ chức, cá nhân nhận", "register.role": "Vai trò",
        "register.details": "II. CHI TIẾT TỪNG DANH MỤC",
        "register.empty": "Danh mục dữ liệu chưa có mục nào.",
        "field.subjects": "Chủ thể dữ liệu", "field.category_type": "Loại dữ liệu",
        "field.items": "Dữ liệu cá nhân được xử lý", "field.purpose": "Mục đích xử lý",
        "field.legal_basis": "Cơ sở pháp lý", "field.source": "Nguồn thu thập",
        "field.storage_location": "Nơi lưu trữ", "field.recipients": "Bên nhận dữ liệu",
        "field.cross_border": "Chuyển ra nước ngoài",
        "field.retention": "Thời hạn lưu trữ",
        "field.security_measures": "Biện pháp bảo vệ",
        "field.owner_department": "Bộ phận phụ trách", "field.notes": "Ghi chú",
        "type.basic": "Cơ bản", "type.sensitive": "Nhạy cảm",
        "abroad.yes": "Có: {countries}",
        # complaints
        "complaints.title": "BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT YÊU CẦU, KHIẾU NẠI",
        "complaints.subtitle": "về dữ liệu cá nhân",
        "complaints.summary": "I. TỔNG HỢP",
        "complaints.received": "Số hồ sơ nhận trong kỳ",
        "complaints.settled": "Đã giải quyết (đã trả lời hoặc đã đóng)",
        "complaints.on_time": "Giải quyết đúng hạn",
        "complaints.on_time_value": "{on_time}/{settled} hồ sơ ({rate})",
        "complaints.average": "Thời gian giải quyết trung bình",
        "complaints.worst": "Thời gian giải quyết lâu nhất",
        "complaints.worst_value": "{days} (hồ sơ số {id})",
        "complaints.open": "Đang giải quyết",
        "complaints.open_value": "{open} hồ sơ, trong đó {overdue} quá hạn",
        "complaints.ack_overdue": "Chưa xác nhận tiếp nhận đúng hạn",
        "complaints.ack_overdue_value": "{n} hồ sơ đang giải quyết quá hạn xác nhận tiếp nhận "
                                        "(02 ngày làm việc)",
        "complaints.rule": "Hồ sơ giải quyết đúng hạn là hồ sơ được trả lời (hoặc đóng) "
                           "chậm nhất vào ngày đến hạn ràng buộc: ngày sớm hơn giữa hạn "
                           "doanh nghiệp cam kết và hạn theo pháp luật ({law_91} cho yêu "
                           "cầu nhận từ ngày 01/01/2026; 72 giờ theo {decree_13} cho yêu cầu "
                           "xóa, cung cấp, hạn "
                           "chế, phản đối nhận trước ngày đó), kể cả khi đã gia hạn. Thời "
                           "gian giải quyết tính bằng "
                           "ngày, từ ngày nhận đến ngày trả lời hoặc đóng hồ sơ.",
        "complaints.by_kind": "1. Theo loại yêu cầu",
        "complaints.kind": "Loại yêu cầu",
        "complaints.by_status": "2. Theo trạng thái hiện tại",
        "complaints.status": "Trạng thái",
        "complaints.by_outcome": "Kết quả của các hồ sơ đã đóng",
        "complaints.outcome": "Kết quả",
        "complaints.by_month": "3. Theo tháng nhận hồ sơ",
        "complaints.chart_caption": "Cột: số hồ sơ nhận trong tháng (trục trái). Đường: tỷ lệ "
                                    "giải quyết đúng hạn của các hồ sơ nhận trong tháng đã "
                                    "được giải quyết (trục phải).",
        "complaints.legend_received": "Hồ sơ nhận", "complaints.legend_rate": "Tỷ lệ đúng hạn",
        "complaints.month": "Tháng", "complaints.col_received": "Nhận",
        "complaints.col_settled": "Đã giải quyết", "complaints.col_on_time": "Đúng hạn",
        "complaints.col_rate": "Tỷ lệ đúng hạn", "complaints.col_overdue": "Quá hạn",
        "complaints.overdue": "II. HỒ SƠ QUÁ HẠN CHƯA GIẢI QUYẾT",
        "complaints.overdue_note": "Hồ sơ nhận trong kỳ, chưa trả lời hoặc đóng, đã quá hạn "
                                   "tính đến ngày {today}; hồ sơ quá hạn lâu nhất trước.",
        "complaints.overdue_none": "Không có hồ sơ quá hạn.",
        "complaints.list": "III. DANH SÁCH HỒ SƠ",
        "complaints.list_note": "Các hồ sơ nhận trong kỳ, mới nhất trước. Hồ sơ đã đóng ghi "
                                "kết quả thay cho trạng thái.",
        "complaints.list_cut": "Danh sách in {shown} hồ sơ nhận gần nhất trong tổng số {total}; "
                               "{more} hồ sơ còn lại (nhận đến ngày {before}) không in từng "
                               "hồ sơ nhưng đã được tính trong các bảng tổng hợp và bảng theo "
                               "tháng ở trên. Danh sách đầy đủ: lệnh dpo-desk complaints "
                               "export.",
        "complaints.list_cut_overdue": "Danh sách in {shown} trong tổng số {total} hồ sơ quá "
                                       "hạn; {more} hồ sơ còn lại không in.",
        "complaints.empty": "Không có hồ sơ nào được nhận trong kỳ báo cáo.",
        "col.id": "Số", "col.received": "Ngày nhận", "col.requester": "Người yêu cầu",
        "col.kind": "Loại", "col.status": "Trạng thái / kết quả", "col.due": "Hạn",
        "col.settled": "Trả lời / đóng", "col.on_time": "Đúng hạn?",
        "col.late_by": "Quá hạn",
        "late.days": "Trễ {n} ngày", "overdue.days": "Quá hạn {n} ngày",
        "not_due": "Còn hạn",
        # incidents
        "incidents.title": "BÁO CÁO SỰ CỐ VI PHẠM DỮ LIỆU CÁ NHÂN",
        "incidents.subtitle": "và việc thông báo",
        "incidents.summary": "I. TỔNG HỢP",
        "incidents.count": "Số sự cố phát hiện trong kỳ",
        "incidents.on_time": "Đã thông báo cơ quan chức năng đúng hạn 72 giờ",
        "incidents.late": "Đã thông báo nhưng trễ hạn",
        "incidents.pending": "Chưa thông báo, còn trong hạn",
        "incidents.missed": "Chưa thông báo, đã quá hạn",
        "incidents.no_notice": "Đánh giá không phải thông báo",
        "incidents.sensitive": "Có dữ liệu cá nhân nhạy cảm",
        "incidents.closed": "Đã đóng",
        "incidents.overview": "Danh sách sự cố",
        "incidents.details": "II. CHI TIẾT TỪNG SỰ CỐ",
        "incidents.empty": "Không có sự cố nào được phát hiện trong kỳ báo cáo.",
        "inc.col.detected": "Phát hiện", "inc.col.title": "Sự cố",
        "inc.col.notify_by": "Hạn thông báo", "inc.col.notified": "Đã thông báo",
        "inc.col.clock": "Thời hạn 72 giờ", "inc.col.status": "Trạng thái",
        "inc.detected": "Thời điểm phát hiện", "inc.occurred": "Thời điểm xảy ra",
        "inc.location": "Địa điểm hoặc hệ thống", "inc.regime": "Chế độ pháp lý",
        "inc.notify_by": "Hạn thông báo cơ quan chức năng",
        "inc.notified_at": "Thời điểm thông báo cơ quan chức năng",
        "inc.clock": "Thời hạn 72 giờ", "inc.late_reason": "Lý do thông báo trễ hạn",
        "inc.data": "Dữ liệu cá nhân bị ảnh hưởng", "inc.sensitive": "Dữ liệu nhạy cảm",
        "inc.subjects": "Số chủ thể dữ liệu", "inc.records": "Số bản ghi",
        "inc.channel": "Hình thức gửi thông báo", "inc.reference": "Số hiệu thông báo",
        "inc.submission": "Mã tiếp nhận của cơ quan, cổng thông tin",
        "inc.unconfirmed": "(đề xuất từ hồ sơ xử lý dữ liệu, chưa được xác nhận)",
        "inc.subjects_notified": "Thông báo chủ thể dữ liệu",
        "inc.evidence": "Tài liệu, chứng cứ lưu kèm", "inc.status": "Trạng thái",
        "inc.assessment": "Đánh giá tác hại",
        "inc.severity": "Mức độ nghiêm trọng (thông báo chủ thể)",
        "inc.unknown": "chưa xác định", "inc.not_in_register": "chưa có trong danh mục",
        "regime.law-91-2025": "72 giờ kể từ khi phát hiện ({basis})",
        "regime.decree-13-2023": "72 giờ kể từ khi xảy ra ({basis})",
        "clock.on_time": "Đúng hạn", "clock.late": "Trễ hạn {late}",
        "clock.pending": "Chưa thông báo, còn {left}", "clock.missed": "Chưa thông báo, quá hạn",
        "clock.no_notice": "Không thông báo (theo đánh giá)",
        "subjects.sent": "Đã thông báo lúc {at}", "subjects.due": "Chưa thông báo (hạn {by})",
        "subjects.not_required": "Không bắt buộc",
        "channel.agency": "Gửi trực tiếp cơ quan chuyên trách (A05, Bộ Công an)",
        "channel.portal": "Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân",
        "decision.notify": "Thông báo cơ quan chức năng",
        "decision.no_notify": "Không thông báo cơ quan chức năng",
    },
    "en": {
        "none": "—", "yes": "Yes", "no": "No", "total": "Total",
        "generated": "Report generated", "period": "Period",
        "period_value": "From {start} to {end}",
        "prepared_by": "PREPARED BY", "sign_note": "(Signature and full name)",
        "sensitive_mark": "sensitive", "count": "Number", "share": "Share",
        "days": "{n} days", "hours": "{n} h",
        "register.title": "RECORD OF PERSONAL DATA PROCESSING",
        "register.subtitle": "(the register of personal data categories)",
        "register.summary": "I. SUMMARY",
        "register.entries": "Data categories",
        "register.basic": "Categories with basic personal data only",
        "register.sensitive": "Categories with sensitive personal data",
        "register.abroad": "Categories transferred abroad",
        "register.sensitive_heading": "1. Sensitive personal data and why it is sensitive",
        "register.sensitive_none": "The register holds no sensitive personal data.",
        "register.item": "Data", "register.reason": "Legal ground",
        "register.in_entries": "In categories",
        "register.declared": "Categories the company marked sensitive",
        "register.declared_reason": "the company's assessment",
        "register.abroad_heading": "2. Transfers of personal data abroad",
        "register.abroad_none": "No category is transferred abroad.",
        "register.entry": "Category", "register.countries": "Countries",
        "register.recipients_heading": "3. Processors, third parties and other recipients",
        "register.recipients_none": "The register names no recipients.",
        "register.party": "Recipient", "register.role": "Role",
        "register.details": "II. THE CATEGORIES IN DETAIL",
        "register.empty": "The register has no entries yet.",
        "field.subjects": "Data subjects", "field.category_type": "Type of data",
        "field.items": "Personal data processed", "field.purpose": "Purposes",
        "field.legal_basis": "Legal basis", "field.source": "Source",
        "field.storage_location": "Storage", "field.recipients": "Recipients",
        "field.cross_border": "Transfer abroad", "field.retention": "Retention",
        "field.security_measures": "Security measures",
        "field.owner_department": "Owner department", "field.notes": "Notes",
        "type.basic": "Basic", "type.sensitive": "Sensitive",
        "abroad.yes": "Yes: {countries}",
        "complaints.title": "REPORT ON DATA SUBJECT REQUESTS AND COMPLAINTS",
        "complaints.subtitle": "",
        "complaints.summary": "I. SUMMARY",
        "complaints.received": "Cases received in the period",
        "complaints.settled": "Settled (answered or closed)",
        "complaints.on_time": "Settled on time",
        "complaints.on_time_value": "{on_time} of {settled} cases ({rate})",
        "complaints.average": "Average handling time",
        "complaints.worst": "Longest handling time",
        "complaints.worst_value": "{days} (case {id})",
        "complaints.open": "Open",
        "complaints.open_value": "{open} cases, of which {overdue} overdue",
        "complaints.ack_overdue": "Receipt not acknowledged in time",
        "complaints.ack_overdue_value": "{n} open case(s) past the 2 working days to "
                                        "acknowledge receipt",
        "complaints.rule": "A case is settled on time when it was answered (or closed) on or "
                           "before its binding due date: the earlier of the company's promise "
                           "and the law's deadline ({law_91} for requests received from "
                           "01/01/2026; the 72 hours of {decree_13} for deletion, "
                           "provision, restriction and objection requests received before), "
                           "extensions included. Handling time is counted in days from the "
                           "day received "
                           "to the day answered or closed.",
        "complaints.by_kind": "1. By kind of request",
        "complaints.kind": "Kind of request",
        "complaints.by_status": "2. By current status",
        "complaints.status": "Status",
        "complaints.by_outcome": "Outcome of the closed cases",
        "complaints.outcome": "Outcome",
        "complaints.by_month": "3. By month received",
        "complaints.chart_caption": "Bars: cases received in the month (left axis). Line: share "
                                    "of the month's settled cases that were settled on time "
                                    "(right axis).",
        "complaints.legend_received": "Cases received",
        "complaints.legend_rate": "Settled on time",
        "complaints.month": "Month", "complaints.col_received": "Received",
        "complaints.col_settled": "Settled", "complaints.col_on_time": "On time",
        "complaints.col_rate": "On-time rate", "complaints.col_overdue": "Overdue",
        "complaints.overdue": "II. OVERDUE OPEN CASES",
        "complaints.overdue_note": "Cases received in the period, neither answered nor "
                                   "closed, past their due date on {today}; the most overdue "
                                   "first.",
        "complaints.overdue_none": "No case is overdue.",
        "complaints.list": "III. THE CASES",
        "complaints.list_note": "The cases received in the period, newest first; a closed "
                                "case shows its outcome instead of its status.",
        "complaints.list_cut": "This list shows the {shown} most recent of {total} cases; the "
                               "other {more} (received up to {before}) are not listed one by "
                               "one but are counted in the summary and in the table by month "
                               "above. The full list: dpo-desk complaints export.",
        "complaints.list_cut_overdue": "This list shows {shown} of {total} overdue cases; the "
                                       "other {more} are not listed.",
        "complaints.empty": "No case was received in the period.",
        "col.id": "No.", "col.received": "Received", "col.requester": "Requester",
        "col.kind": "Kind", "col.status": "Status / outcome", "col.due": "Due",
        "col.settled": "Answered / closed", "col.on_time": "On time?",
        "col.late_by": "Overdue",
        "late.days": "{n} d late", "overdue.days": "Overdue {n} d", "not_due": "Not yet due",
        "incidents.title": "REPORT ON PERSONAL DATA BREACHES",
        "incidents.subtitle": "and the notices sent",
        "incidents.summary": "I. SUMMARY",
        "incidents.count": "Incidents discovered in the period",
        "incidents.on_time": "Authority notified within 72 hours",
        "incidents.late": "Authority notified late",
        "incidents.pending": "Not yet notified, still in time",
        "incidents.missed": "Not notified, deadline passed",
        "incidents.no_notice": "Assessed as not to be notified",
        "incidents.sensitive": "Involving sensitive personal data",
        "incidents.closed": "Closed",
        "incidents.overview": "The incidents",
        "incidents.details": "II. THE INCIDENTS IN DETAIL",
        "incidents.empty": "No incident was discovered in the period.",
        "inc.col.detected": "Discovered", "inc.col.title": "Incident",
        "inc.col.notify_by": "Notify by", "inc.col.notified": "Notified",
        "inc.col.clock": "72-hour deadline", "inc.col.status": "Status",
        "inc.detected": "Discovered at", "inc.occurred": "Occurred at",
        "inc.location": "Place or system", "inc.regime": "Legal regime",
        "inc.notify_by": "Notify the authority by",
        "inc.notified_at": "Authority notified at",
        "inc.clock": "72-hour deadline", "inc.late_reason": "Reason for the late notice",
        "inc.data": "Personal data concerned", "inc.sensitive": "Sensitive data",
        "inc.subjects": "Number of data subjects", "inc.records": "Number of records",
        "inc.channel": "Sent via", "inc.reference": "Number of the notice",
        "inc.submission": "Submission reference (agency or portal)",
        "inc.unconfirmed": "(proposed from the register, not confirmed)",
        "inc.subjects_notified": "Notice to the data subjects",
        "inc.evidence": "Evidence kept", "inc.status": "Status",
        "inc.assessment": "Harm assessment",
        "inc.severity": "Severity (told to the data subjects)",
        "inc.unknown": "not known", "inc.not_in_register": "not in the register",
        "regime.law-91-2025": "72 hours from discovery ({basis})",
        "regime.decree-13-2023": "72 hours from occurrence ({basis})",
        "clock.on_time": "On time", "clock.late": "Late by {late}",
        "clock.pending": "Not yet notified, {left} left",
        "clock.missed": "Not notified, deadline passed",
        "clock.no_notice": "No notice (as assessed)",
        "subjects.sent": "Notified at {at}", "subjects.due": "Not yet notified (due {by})",
        "subjects.not_required": "Not required",
        "channel.agency": "Directly to the agency (A05, Ministry of Public Security)",
        "channel.portal": "National Portal on personal data protection",
        "decision.notify": "Notify the authority",
        "decision.no_notify": "No notice to the authority",
    },
}

# Codes as the app's screens name them (ui/complaints_model.py, ui/incidents_model.py).
CODES = {
    "vi": {
        "kind.access": "Truy cập (xem dữ liệu)", "kind.correction": "Chỉnh sửa dữ liệu",
        "kind.provide": "Cung cấp bản sao dữ liệu", "kind.deletion": "Xóa dữ liệu",
        "kind.withdraw_consent": "Rút lại sự đồng ý", "kind.restriction": "Hạn chế xử lý",
        "kind.objection": "Phản đối xử lý", "kind.protection": "Yêu cầu biện pháp bảo vệ",
        "kind.complaint": "Khiếu nại", "kind.other": "Yêu cầu khác",
        "status.new": "Mới", "status.acknowledged": "Đã xác nhận tiếp nhận",
        "status.identity_check": "Đang xác minh danh tính", "status.in_progress": "Đang xử lý",
        "status.on_hold": "Tạm chờ", "status.answered": "Đã trả lời", "status.closed": "Đã đóng",
        "outcome.completed": "Hoàn thành", "outcome.rejected": "Từ chối",
        "outcome.identity_not_verified": "Không xác minh được danh tính",
        "outcome.withdrawn": "Người yêu cầu rút lại", "outcome.duplicate": "Trùng lặp",
        "incident.discovered": "Đã phát hiện", "incident.assessed": "Đã đánh giá",
        "incident.contained": "Đã ngăn chặn",
        "incident.authority_notified": "Đã thông báo cơ quan chức năng",
        "incident.subjects_notified": "Đã thông báo chủ thể dữ liệu",
        "incident.closed": "Đã đóng",
    },
    "en": {
        "kind.access": "Access (view data)", "kind.correction": "Correction",
        "kind.provide": "Copy of the data", "kind.deletion": "Deletion",
        "kind.withdraw_consent": "Withdraw consent", "kind.restriction": "Restrict processing",
        "kind.objection": "Object to processing", "kind.protection": "Protection measures",
        "kind.complaint": "Complaint", "kind.other": "Other request",
        "status.new": "New", "status.acknowledged": "Acknowledged",
        "status.identity_check": "Checking identity", "status.in_progress": "In progress",
        "status.on_hold": "On hold", "status.answered": "Answered", "status.closed": "Closed",
        "outcome.completed": "Completed", "outcome.rejected": "Rejected",
        "outcome.identity_not_verified": "Identity not verified",
        "outcome.withdrawn": "Withdrawn by the requester", "outcome.duplicate": "Duplicate",
        "incident.discovered": "Discovered", "incident.assessed": "Assessed",
        "incident.contained": "Contained", "incident.authority_notified": "Authority notified",
        "incident.subjects_notified": "Data subjects notified", "incident.closed": "Closed",
    },
}


class ReportCancelled(DeskError):
    """The caller asked to stop (its progress callback returned False); no file was written."""


# -- what every report shares ----------------------------------------------------------------

class _Steps:
    """Progress through a report: `tick` reports one more step done and raises
    ReportCancelled when the callback returns False."""

    def __init__(self, progress: Progress | None, total: int = 1):
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def plan(self, total: int) -> None:
        self.total = max(total, self.done + 1)
        self.tick(0)

    def tick(self, count: int = 1) -> None:
        self.done = min(self.done + count, self.total)
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ReportCancelled("report cancelled; nothing was written")


@cache
def _checkpoint_class() -> type:
    from reportlab.platypus.flowables import Flowable

    class Checkpoint(Flowable):
        """Takes no room; ticks the progress when the page it is on is laid out, so that a
        long layout can be followed and cancelled."""

        def __init__(self, steps: _Steps):
            super().__init__()
            self.steps = steps

        def wrap(self, *_):
            return 0, 0

        def draw(self):
            self.steps.tick()

    return Checkpoint


@dataclass
class _Context:
    """The language, words, company and clock of one report."""

    desk: Desk
    language: str
    profile: dict
    zone: tzinfo
    now: datetime
    steps: _Steps

    @property
    def today(self) -> date:
        return self.now.date()

    def say(self, key: str, **params) -> str:
        text = TEXT[self.language][key]
        return text.format(**params) if params else text

    def code(self, group: str, value: str | None) -> str:
        return CODES[self.language].get(f"{group}.{value}", value or "") if value else ""

    def num(self, number: int | None) -> str:
        """1.234 in Vietnamese, 1,234 in English."""
        if number is None:
            return self.say("none")
        return f"{number:,}".replace(",", "." if self.language == "vi" else ",")

    def decimal(self, value: float) -> str:
        text = f"{value:,.1f}"
        if self.language == "vi":
            text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
        return text

    def rate(self, part: int, whole: int) -> str:
        return f"{self.decimal(100 * part / whole)}%" if whole else self.say("none")

    def moment(self, value: str | None) -> str:
        """"09:10 04/06/2025" on the company's clock ("" for no time)."""
        if not value:
            return ""
        local = datetime.fromisoformat(value).astimezone(self.zone)
        return f"{local:%H:%M} {short_date(local.date())}"

    def checkpoint(self):
        return _checkpoint_class()(self.steps)


def _context(desk: Desk, language: str | None, progress: Progress | None) -> _Context:
    profile = settings.get_all(desk)
    zone = clock.zone(profile["timezone"])
    return _Context(desk=desk, language=settings.document_language(language, desk),
                    profile=profile, zone=zone, now=clock.now().astimezone(zone),
                    steps=_Steps(progress))


def default_range(today: date, end: date | None = None) -> tuple[date, date]:
    """The default period: the first day of the month DEFAULT_MONTHS - 1 months before
    `end` (today), up to `end` — this month and the eleven before it."""
    end = end or today
    month_index = end.year * 12 + end.month - 1 - (DEFAULT_MONTHS - 1)
    return date(month_index // 12, month_index % 12 + 1, 1), end


def _period(ctx: _Context, start: date | None, end: date | None) -> tuple[date, date]:
    if start is None:
        start = default_range(ctx.today, end)[0]
    end = end or ctx.today
    for field, day in (("start", start), ("end", end)):
        limits.check_date(field, day)
    if start > end:
        raise ValidationError.single("start", QT_TRANSLATE_NOOP(
            "core", "The period starts ({start}) after it ends ({end})"),
            start=start.isoformat(), end=end.isoformat())
    limits.check_period("start", start, end)  # 1900-9999 took minutes and 680 MB
    return start, end


def _document(ctx: _Context, key: str, *, period: str = "") -> Document:
    """A report on the letterhead: motto, date line, title, subtitle and period."""
    title = ctx.say(f"{key}.title")
    subtitle = [ctx.say(f"{key}.subtitle"), period]
    doc = Document(title=title, letterhead=Letterhead.from_settings(ctx.profile),
                   language=ctx.language, subject=period, mark=signing.document_mark(ctx.desk))
    doc.header(on=ctx.today)
    return doc.title(title, [s for s in subtitle if s])


def _heading(doc: Document, text: str) -> None:
    """A section heading, on a new page when too little room is left for what follows it
    (keeping it with a whole table would move the table and leave half a page blank)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph

    style = ParagraphStyle("report_heading", parent=doc.styles["heading"], spaceBefore=8)
    doc.add(CondPageBreak(35 * mm)).add(Paragraph(markup(text), style))


def _note(doc: Document, text: str) -> None:
    """A smaller explanatory paragraph (how a figure is counted, what a list leaves out)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("report_note", parent=doc.styles["plain"], fontName=f"{FONT}-Italic",
                           fontSize=9.5, leading=12.5, spaceAfter=6)
    doc.add(Paragraph(markup(text), style))


def _block(doc: Document, heading: str, rows: list[tuple[str, str]], label_width: float, *,
           lead: str | None = None) -> None:
    """A numbered block (one entry, one incident): its heading and facts, kept on one page
    when they fit on one; `lead`, a section heading before it, stays with it (never alone
    at the foot of a page)."""
    from reportlab.platypus import KeepTogether

    first = len(doc.flowables)
    if lead:
        _heading(doc, lead)
    _heading(doc, heading)
    doc.facts(rows, label_width=label_width)
    block = doc.flowables[first:]
    del doc.flowables[first:]
    doc.add(KeepTogether(block))


def _sign(doc: Document, ctx: _Context) -> None:
    title = ctx.say("prepared_by")
    if ctx.profile["dpo_title"]:
        title += "\n" + ctx.profile["dpo_title"]
    first = len(doc.flowables)
    doc.signature(title=title, name=ctx.profile["dpo_name"], note=ctx.say("sign_note"))
    keep_signature(doc, first)  # never alone on the last page


def _grid(doc: Document, header: list[str], rows: list[list[str]], widths: list[float | None],
          *, font_size: float = 8.5) -> None:
    """A long list as a table of plain strings wrapped by hand, styled as `Document.table`
    and with its header repeated on every page. Paragraph cells cost four times as much to
    lay out (2,000 rows: 4.3 s instead of 1.1 s). `widths` in millimetres, None shares the
    rest."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Spacer, Table, TableStyle

    fixed = sum(w for w in widths if w) * mm
    free = [w for w in widths if not w]
    share = (doc.width - fixed) / len(free) if free else 0
    points = [w * mm if w else share for w in widths]
    padding = 3

    def wrap(text: str, width: float, font: str) -> str:
        return "\n".join(simpleSplit(text, font, font_size, width - 2 * padding - 0.5))

    bold = f"{FONT}-Bold"
    data = [[wrap(h, w, bold) for h, w in zip(header, points, strict=True)]]
    data += [[wrap(c, w, FONT) for c, w in zip(row, points, strict=True)] for row in rows]
    table = Table(data, colWidths=points, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, font_size, font_size * 1.25),
        ("FONT", (0, 0), (-1, 0), bold, font_size, font_size * 1.25),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.5, 0.5, 0.5)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    doc.add(table).add(Spacer(1, 4 * mm))


def _lines(values: list[str], none: str) -> str:
    """A list in one cell: one per line after a dash when several."""
    if not values:
        return none
    return values[0] if len(values) == 1 else "\n".join(f"- {v}" for v in values)


# -- the register (record of processing) ----------------------------------------------------

def register_report(desk: Desk, out: Path | str, *, language: str | None = None,
                    progress: Progress | None = None) -> Path:
    """The record of processing (DOMAIN D5): a summary (entries, basic and sensitive, the
    sensitive items with the article of Decree 356 that makes them so, transfers abroad,
    recipients by role), then every entry in full."""
    out = files.writable(out)
    ctx = _context(desk, language, progress)
    ctx.steps.tick(0)
    entries = register.list_entries(desk)
    lookup = Lookup(desk)
    ctx.steps.plan(len(entries) + 2)  # the entries read, then the pages laid out
    ctx.steps.tick()
    doc = _document(ctx, "register")
    _register_summary(doc, ctx, entries, lookup)
    doc.add(ctx.checkpoint())
    if entries:
        doc.page_break()
        _heading(doc, ctx.say("register.details"))
    for number, entry in enumerate(entries, start=1):
        _register_entry(doc, ctx, number, entry, lookup)
        doc.add(ctx.checkpoint())
    _sign(doc, ctx)
    return doc.save(out)


def _register_summary(doc: Document, ctx: _Context, entries: list[dict], lookup: Lookup) -> None:
    sensitive = [e for e in entries if e["category_type"] == "sensitive"]
    abroad = [e for e in entries if e["cross_border"]]
    _heading(doc, ctx.say("register.summary"))
    doc.facts([(ctx.say("generated"), ctx.moment(ctx.now.isoformat())),
               (ctx.say("register.entries"), ctx.num(len(entries))),
               (ctx.say("register.basic"), ctx.num(len(entries) - len(sensitive))),
               (ctx.say("register.sensitive"), ctx.num(len(sensitive))),
               (ctx.say("register.abroad"), ctx.num(len(abroad)))], label_width=0.6)
    if not entries:
        doc.paragraph(ctx.say("register.empty"), style="plain")
        return
    _heading(doc, ctx.say("register.sensitive_heading"))
    rows = _sensitive_rows(ctx, sensitive, lookup)
    if rows:
        doc.table(rows, header=[ctx.say("register.item"), ctx.say("register.reason"),
                                ctx.say("register.in_entries")], widths=[55, 45, None],
                  font_size=9.5)
    else:
        doc.paragraph(ctx.say("register.sensitive_none"), style="plain")
    _heading(doc, ctx.say("register.abroad_heading"))
    if abroad:
        doc.table([[e["name"], ", ".join(e["cross_border_countries"]),
                    _lines([_recipient(ctx, r) for r in e["recipients"]], ctx.say("none"))]
                   for e in abroad],
                  header=[ctx.say("register.entry"), ctx.say("register.countries"),
                          ctx.say("field.recipients")], widths=[55, 35, None], font_size=9.5)
    else:
        doc.paragraph(ctx.say("register.abroad_none"), style="plain")
    _heading(doc, ctx.say("register.recipients_heading"))
    rows = _recipient_rows(ctx, entries)
    if rows:
        doc.table(rows, header=[ctx.say("register.party"), ctx.say("register.role"),
                                ctx.say("register.in_entries")], widths=[55, 35, None],
                  font_size=9.5)
    else:
        doc.paragraph(ctx.say("register.recipients_none"), style="plain")


def _sensitive_rows(ctx: _Context, sensitive: list[dict], lookup: Lookup) -> list[list[str]]:
    """Each sensitive item once, with its article (DOMAIN D2) and the entries that hold it;
    then entries the company marked sensitive without a sensitive catalogue item."""
    holders: dict[str, list[str]] = {}
    declared = []
    for entry in sensitive:
        codes = [c for c in entry["items"] if lookup.get(c).sensitive]
        for code in codes:
            holders.setdefault(code, []).append(entry["name"])
        if not codes:
            declared.append(entry["name"])
    order = {item.code: n for n, item in enumerate(catalogue.shipped())}  # Art. 4 order
    items = sorted((lookup.get(c) for c in holders),
                   key=lambda i: (order.get(i.code, len(order)), i.vi))
    rows = [[i.label(ctx.language), i.reason(ctx.language), "; ".join(holders[i.code])]
            for i in items]
    if declared:
        rows.append([ctx.say("register.declared"), ctx.say("register.declared_reason"),
                     "; ".join(declared)])
    return rows


def _basis(code: str, language: str) -> str:
    """The legal basis in Law 91's words, with its article ("(điểm d khoản 1 Điều 19 ...)")."""
    citation = vocab.basis_citation(code, language)
    label = vocab.label(vocab.LEGAL_BASES, code, language)
    return f"{label} ({citation})" if citation else label


def _recipient(ctx: _Context, recipient: dict) -> str:
    role = vocab.label(vocab.RECIPIENT_ROLES, recipient["role"], ctx.language)
    return f"{recipient['name']} ({role})" if role else recipient["name"]


def _recipient_rows(ctx: _Context, entries: list[dict]) -> list[list[str]]:
    """Every recipient once per role, in the order of Law 91 Art. 2 (controllers,
    controller-processors, processors, third parties), with the entries it receives."""
    found: dict[tuple[str, str], list[str]] = {}
    for entry in entries:
        for recipient in entry["recipients"]:
            found.setdefault((recipient["name"], recipient["role"]), []).append(entry["name"])
    order = {role: n for n, role in enumerate(vocab.RECIPIENT_ROLES)}
    keys = sorted(found, key=lambda k: (order.get(k[1], len(order)), k[0].casefold()))
    return [[name, vocab.label(vocab.RECIPIENT_ROLES, role, ctx.language) or ctx.say("none"),
             "; ".join(found[(name, role)])] for name, role in keys]


def _register_entry(doc: Document, ctx: _Context, number: int, entry: dict,
                    lookup: Lookup) -> None:
    none = ctx.say("none")
    items = []
    for code in entry["items"]:
        item = lookup.get(code)
        mark = f" [{ctx.say('sensitive_mark')}]" if item.sensitive else ""
        items.append(item.label(ctx.language) + mark)
    abroad = ctx.say("abroad.yes", countries=", ".join(entry["cross_border_countries"])) \
        if entry["cross_border"] else ctx.say("no")
    rows = [
        ("subjects", _lines([vocab.label(vocab.SUBJECTS, s, ctx.language)
                             for s in entry["subjects"]], none)),
        ("category_type", ctx.say(f"type.{entry['category_type']}")),
        ("items", "; ".join(items) or none),
        ("purpose", _lines(entry["purpose"], none)),
        ("legal_basis", _basis(entry["legal_basis"], ctx.language)),
        ("source", entry["source"] or none),
        ("storage_location", entry["storage_location"] or none),
        ("recipients", _lines([_recipient(ctx, r) for r in entry["recipients"]], none)),
        ("cross_border", abroad),
        ("retention", entry["retention"] or none),
        ("security_measures", _lines(entry["security_measures"], none)),
        ("owner_department", entry["owner_department"] or none),
    ]
    if entry["notes"]:
        rows.append(("notes", entry["notes"]))
    _block(doc, f"{number}. {entry['name']}",
           [(ctx.say(f"field.{name}"), value) for name, value in rows], label_width=0.3)


# -- complaints and requests ------------------------------------------------------------------

_SETTLED_AT = rules.SETTLED_AT_SQL
_IS_SETTLED = f"status IN ({', '.join(repr(s) for s in rules.SETTLED_STATUSES)})"
_IS_OPEN = f"status IN ({', '.join(repr(s) for s in complaints.OPEN_STATUSES)})"
_ON_TIME = rules.SETTLED_ON_TIME_SQL
_HANDLING_DAYS = f"julianday(substr({_SETTLED_AT}, 1, 10)) - julianday(received_on)"
_IN_PERIOD = "received_on BETWEEN ? AND ?"


@dataclass
class ComplaintFigures:
    """What the complaints report counts, over the cases received in [start, end]."""

    start: date
    end: date
    today: date
    total: int
    by_kind: dict[str, int]
    by_status: dict[str, int]
    by_outcome: dict[str, int]
    months: list[dict]  # month, received, settled, on_time, overdue
    settled: int
    on_time: int
    average_days: float | None
    worst_days: int | None
    worst_id: int | None
    ack_overdue: int = 0  # open, receipt not acknowledged, `ack_due` passed (by `today`)

    @property
    def overdue(self) -> int:
        return sum(m["overdue"] for m in self.months)

    @property
    def open(self) -> int:
        return sum(self.by_status.get(s, 0) for s in complaints.OPEN_STATUSES)

    @property
    def rate(self) -> float | None:
        return self.on_time / self.settled if self.settled else None


def _month_keys(start: date, end: date) -> list[str]:
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return keys


def complaint_figures(desk: Desk, start: date, end: date, *, today: date | None = None,
                      steps: _Steps | None = None) -> ComplaintFigures:
    """Every figure of the complaints report, each one SQL aggregate over the indexed
    `received_on`. `today` decides what is overdue."""
    today = today or clock.today()
    steps = steps or _Steps(None)
    period = (start.isoformat(), end.isoformat())
    conn = desk.conn

    def grouped(column: str, extra: str = "") -> dict[str, int]:
        found = dict(conn.execute(f"SELECT {column}, count(*) FROM complaints WHERE "
                                  f"{_IN_PERIOD}{extra} GROUP BY {column}", period).fetchall())
        steps.tick()
        return found

    by_kind = grouped("kind")
    by_status = grouped("status")
    by_outcome = grouped("outcome", " AND status = 'closed'")
    months = {key: {"month": key, "received": 0, "settled": 0, "on_time": 0, "overdue": 0}
              for key in _month_keys(start, end)}
    for key, received, settled, on_time, overdue in conn.execute(
            f"SELECT substr(received_on, 1, 7) AS month, count(*), "
            f"coalesce(sum({_IS_SETTLED}), 0), coalesce(sum({_IS_SETTLED} AND {_ON_TIME}), 0), "
            f"coalesce(sum({_IS_OPEN} AND due < ?), 0) FROM complaints "
            f"WHERE {_IN_PERIOD} GROUP BY month", (today.isoformat(), *period)):
        months[key] |= {"received": received, "settled": settled, "on_time": on_time,
                        "overdue": overdue}
    steps.tick()
    # SQLite returns the other columns of the row that holds max(): the slowest case's id.
    settled, on_time, average, worst, worst_id = conn.execute(
        f"SELECT count(*), coalesce(sum({_ON_TIME}), 0), avg({_HANDLING_DAYS}), "
        f"max({_HANDLING_DAYS}), id FROM complaints WHERE {_IN_PERIOD} AND {_IS_SETTLED}",
        period).fetchone()
    steps.tick()
    late_ack, late_ack_params = complaints.ack_overdue_where(today)
    ack_overdue = conn.execute(f"SELECT count(*) FROM complaints WHERE {_IN_PERIOD} AND "
                               f"{late_ack}", (*period, *late_ack_params)).fetchone()[0]
    steps.tick()
    return ComplaintFigures(
        start=start, end=end, today=today, total=sum(by_kind.values()), by_kind=by_kind,
        by_status=by_status, by_outcome={k: v for k, v in by_outcome.items() if k},
        months=list(months.values()), settled=settled, on_time=on_time,
        average_days=average, worst_days=round(worst) if worst is not None else None,
        worst_id=worst_id if worst is not None else None, ack_overdue=ack_overdue)


def complaints_report(desk: Desk, out: Path | str, *, start: date | None = None,
                      end: date | None = None, language: str | None = None,
                      progress: Progress | None = None) -> Path:
    """Requests and complaints received from `start` to `end` (default: this month and the
    eleven before it, up to today): counts by kind and status, the on-time rate, handling
    times, a chart and table by month, the overdue cases and the list of cases (at most
    LIST_LIMIT, the most recent; the PDF says how many more there are)."""
    out = files.writable(out)
    ctx = _context(desk, language, progress)
    start, end = _period(ctx, start, end)
    ctx.steps.plan(12)  # eight queries, then the pages laid out (four checkpoints)
    figures = complaint_figures(desk, start, end, today=ctx.today, steps=ctx.steps)
    overdue = _overdue_rows(ctx, figures)
    cases = _case_rows(ctx, figures)
    ctx.steps.plan(ctx.steps.done + (4 if figures.total else 1))
    period = ctx.say("period_value", start=short_date(start), end=short_date(end))
    doc = _document(ctx, "complaints", period=period)
    _complaints_summary(doc, ctx, figures, period)
    doc.add(ctx.checkpoint())
    if figures.total:
        _complaints_by_month(doc, ctx, figures)
        doc.add(ctx.checkpoint())
        _complaints_overdue(doc, ctx, figures, overdue)
        doc.add(ctx.checkpoint())
        _complaints_list(doc, ctx, figures, cases)
        doc.add(ctx.checkpoint())
    _sign(doc, ctx)
    return doc.save(out)


def _complaints_summary(doc: Document, ctx: _Context, figures: ComplaintFigures,
                        period: str) -> None:
    none = ctx.say("none")
    average = ctx.say("days", n=ctx.decimal(figures.average_days)) \
        if figures.average_days is not None else none
    worst = ctx.say("complaints.worst_value", days=ctx.say("days", n=figures.worst_days),
                    id=figures.worst_id) if figures.worst_days is not None else none
    _heading(doc, ctx.say("complaints.summary"))
    doc.facts([
        (ctx.say("period"), period),
        (ctx.say("generated"), ctx.moment(ctx.now.isoformat())),
        (ctx.say("complaints.received"), ctx.num(figures.total)),
        (ctx.say("complaints.settled"), ctx.num(figures.settled)),
        (ctx.say("complaints.on_time"), ctx.say(
            "complaints.on_time_value", on_time=ctx.num(figures.on_time),
            settled=ctx.num(figures.settled), rate=ctx.rate(figures.on_time, figures.settled))),
        (ctx.say("complaints.average"), average),
        (ctx.say("complaints.worst"), worst),
        (ctx.say("complaints.open"), ctx.say("complaints.open_value", open=ctx.num(figures.open),
                                             overdue=ctx.num(figures.overdue))),
        (ctx.say("complaints.ack_overdue"), ctx.say("complaints.ack_overdue_value",
                                                    n=ctx.num(figures.ack_overdue))),
    ], label_width=0.45)
    _note(doc, ctx.say("complaints.rule", **{  # cited in Vietnamese order (rules)
        key: rules.REQUEST_DEADLINE_BASIS[regime].in_language(ctx.language)
        for key, regime in (("law_91", rules.REGIME_LAW_91),
                            ("decree_13", rules.REGIME_DECREE_13))}))
    if not figures.total:
        doc.paragraph(ctx.say("complaints.empty"), style="plain")
        return
    head = [ctx.say("count"), ctx.say("share")]
    _heading(doc, ctx.say("complaints.by_kind"))
    doc.table([[ctx.code("kind", k), ctx.num(figures.by_kind.get(k, 0)),
                ctx.rate(figures.by_kind.get(k, 0), figures.total)] for k in _kinds(figures)]
              + [[ctx.say("total"), ctx.num(figures.total), ctx.rate(1, 1)]],
              header=[ctx.say("complaints.kind"), *head], widths=[80, 30, 30], font_size=9.5)
    _heading(doc, ctx.say("complaints.by_status"))
    doc.table([[ctx.code("status", s), ctx.num(figures.by_status.get(s, 0)),
                ctx.rate(figures.by_status.get(s, 0), figures.total)]
               for s in complaints.STATUSES]
              + [[ctx.say("total"), ctx.num(figures.total), ctx.rate(1, 1)]],
              header=[ctx.say("complaints.status"), *head], widths=[80, 30, 30], font_size=9.5)
    closed = figures.by_status.get("closed", 0)
    if closed:
        doc.table([[ctx.code("outcome", o), ctx.num(figures.by_outcome.get(o, 0)),
                    ctx.rate(figures.by_outcome.get(o, 0), closed)]
                   for o in complaints.OUTCOMES if figures.by_outcome.get(o)],
                  header=[ctx.say("complaints.by_outcome"), *head], widths=[80, 30, 30],
                  font_size=9.5)


def _kinds(figures: ComplaintFigures) -> list[str]:
    """Every kind of the CONTRACT, then any other found in the database."""
    return [*KINDS, *sorted(set(figures.by_kind) - set(KINDS))]


def _month_label(key: str) -> str:
    return f"{key[5:7]}/{key[:4]}"


def _complaints_by_month(doc: Document, ctx: _Context, figures: ComplaintFigures) -> None:
    from reportlab.platypus import KeepTogether

    _heading(doc, ctx.say("complaints.by_month"))
    doc.add(KeepTogether([_chart(ctx, figures.months, doc.width)]))
    _note(doc, ctx.say("complaints.chart_caption"))
    rows = [[_month_label(m["month"]), ctx.num(m["received"]), ctx.num(m["settled"]),
             ctx.num(m["on_time"]), ctx.rate(m["on_time"], m["settled"]), ctx.num(m["overdue"])]
            for m in figures.months]
    rows.append([ctx.say("total"), ctx.num(figures.total), ctx.num(figures.settled),
                 ctx.num(figures.on_time), ctx.rate(figures.on_time, figures.settled),
                 ctx.num(figures.overdue)])
    _grid(doc, [ctx.say("complaints.month"), ctx.say("complaints.col_received"),
                ctx.say("complaints.col_settled"), ctx.say("complaints.col_on_time"),
                ctx.say("complaints.col_rate"), ctx.say("complaints.col_overdue")],
          rows, [24, 24, 28, 24, 30, None], font_size=9.5)


def _chart(ctx: _Context, months: list[dict], width: float):
    """Bars of the cases received each month (left axis) and a line of the on-time rate of
    those settled (right axis, 0-100 %), as a reportlab drawing."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    bar_colour, line_colour = colors.Color(0.55, 0.68, 0.85), colors.Color(0.75, 0.2, 0.15)
    drawing = Drawing(width, 72 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 34 - 40, 72 * mm - 34 - 28
    chart.data = [[m["received"] for m in months]]
    every = max(1, -(-len(months) // 15))  # at most about 15 month labels
    chart.categoryAxis.categoryNames = [_month_label(m["month"]) if n % every == 0 else ""
                                        for n, m in enumerate(months)]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7.5
    if len(months) > 8:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    chart.bars[0].fillColor, chart.bars[0].strokeColor = bar_colour, None
    chart.barSpacing = 1
    drawing.add(chart)
    top, right = chart.y + chart.height, chart.x + chart.width
    drawing.add(Line(right, chart.y, right, top, strokeWidth=0.5))
    for percent in (0, 25, 50, 75, 100):
        y = chart.y + chart.height * percent / 100
        drawing.add(Line(right, y, right + 3, y, strokeWidth=0.5))
        drawing.add(String(right + 5, y - 2.5, f"{percent}%", fontName=FONT, fontSize=7.5,
                           fillColor=line_colour))
    step = chart.width / len(months)
    points = [(chart.x + (n + 0.5) * step, chart.y + chart.height * m["on_time"] / m["settled"])
              for n, m in enumerate(months) if m["settled"]]
    if len(points) > 1:
        drawing.add(PolyLine([c for p in points for c in p], strokeColor=line_colour,
                             strokeWidth=1.4))
    for x, y in points:
        drawing.add(Circle(x, y, 1.8, fillColor=line_colour, strokeColor=None))
    legend_y = top + 12
    drawing.add(Rect(chart.x, legend_y, 9, 7, fillColor=bar_colour, strokeColor=None))
    drawing.add(String(chart.x + 13, legend_y + 1, ctx.say("complaints.legend_received"),
                       fontName=FONT, fontSize=8))
    drawing.add(Line(chart.x + 120, legend_y + 3.5, chart.x + 134, legend_y + 3.5,
                     strokeColor=line_colour, strokeWidth=1.4))
    drawing.add(String(chart.x + 138, legend_y + 1, ctx.say("complaints.legend_rate"),
                       fontName=FONT, fontSize=8))
    return drawing


def _case_status(ctx: _Context, row) -> str:
    """The status, or for a closed case its outcome."""
    if row["status"] == "closed" and row["outcome"]:
        return ctx.code("outcome", row["outcome"])
    return ctx.code("status", row["status"])


def _days_between(first: str, second: str) -> int:
    return (date.fromisoformat(second[:10]) - date.fromisoformat(first[:10])).days


def _on_time_text(ctx: _Context, row) -> str:
    late = rules.days_late(row)
    if late is not None:
        return ctx.say("yes") if late <= 0 else ctx.say("late.days", n=late)
    overdue = _days_between(row["due"], ctx.today.isoformat())
    return ctx.say("overdue.days", n=overdue) if overdue > 0 else ctx.say("not_due")


_CASE_COLUMNS = ("id, received_on, requester_name, kind, status, outcome, due, answered_at, "
                 "closed_at")


def _case_rows(ctx: _Context, figures: ComplaintFigures) -> list[list[str]]:
    """The LIST_LIMIT most recent cases of the period, as table rows."""
    found = ctx.desk.rows(
        f"SELECT {_CASE_COLUMNS} FROM complaints WHERE {_IN_PERIOD} "
        f"ORDER BY received_on DESC, id DESC LIMIT {LIST_LIMIT}",
        (figures.start.isoformat(), figures.end.isoformat()))
    ctx.steps.tick()
    rows = []
    for row in found:
        settled_on = rules.settled_on(row)
        rows.append([str(row["id"]), short_date(row["received_on"]), row["requester_name"],
                     ctx.code("kind", row["kind"]), _case_status(ctx, row),
                     short_date(row["due"]), short_date(settled_on),
                     _on_time_text(ctx, row)])
    return rows


def _overdue_rows(ctx: _Context, figures: ComplaintFigures) -> list[list[str]]:
    found = ctx.desk.rows(
        f"SELECT {_CASE_COLUMNS} FROM complaints WHERE {_IN_PERIOD} AND {_IS_OPEN} "
        f"AND due < ? ORDER BY due, id LIMIT {LIST_LIMIT}",
        (figures.start.isoformat(), figures.end.isoformat(), ctx.today.isoformat()))
    ctx.steps.tick()
    return [[str(r["id"]), short_date(r["received_on"]), r["requester_name"],
             ctx.code("kind", r["kind"]), ctx.code("status", r["status"]), short_date(r["due"]),
             ctx.say("days", n=_days_between(r["due"], ctx.today.isoformat()))]
            for r in found]


def _complaints_overdue(doc: Document, ctx: _Context, figures: ComplaintFigures,
                        rows: list[list[str]]) -> None:
    _heading(doc, ctx.say("complaints.overdue"))
    if not rows:
        doc.paragraph(ctx.say("complaints.overdue_none"), style="plain")
        return
    _note(doc, ctx.say("complaints.overdue_note", today=short_date(ctx.today)))
    if figures.overdue > len(rows):
        more = figures.overdue - len(rows)
        _note(doc, ctx.say("complaints.list_cut_overdue", shown=ctx.num(len(rows)),
                           total=ctx.num(figures.overdue), more=ctx.num(more)))
    _grid(doc, [ctx.say("col.id"), ctx.say("col.received"), ctx.say("col.requester"),
                ctx.say("col.kind"), ctx.say("col.status"), ctx.say("col.due"),
                ctx.say("col.late_by")], rows, [11, 16, None, 26, 26, 16, 18], font_size=8)


def _complaints_list(doc: Document, ctx: _Context, figures: ComplaintFigures,
                     rows: list[list[str]]) -> None:
    _heading(doc, ctx.say("complaints.list"))
    _note(doc, ctx.say("complaints.list_note"))
    if figures.total > len(rows):
        before = rows[-1][1]
        _note(doc, ctx.say("complaints.list_cut", shown=ctx.num(len(rows)),
                           total=ctx.num(figures.total), more=ctx.num(figures.total - len(rows)),
                           before=before))
    _grid(doc, [ctx.say("col.id"), ctx.say("col.received"), ctx.say("col.requester"),
                ctx.say("col.kind"), ctx.say("col.status"), ctx.say("col.due"),
                ctx.say("col.settled"), ctx.say("col.on_time")],
          rows, [11, 16, None, 24, 23, 16, 16, 17], font_size=8)


# -- breach incidents -----------------------------------------------------------------------

def incidents_report(desk: Desk, out: Path | str, *, start: date | None = None,
                     end: date | None = None, language: str | None = None,
                     progress: Progress | None = None) -> Path:
    """Breaches discovered from `start` to `end` (default as for complaints), oldest first:
    a summary of the 72-hour clocks, then each incident with its clock (regime, notify-by,
    notified at, on time or late with the reason), the data affected, the counts, the
    notices sent and its status."""
    from dpo_desk.core import attachments, documents

    out = files.writable(out)
    ctx = _context(desk, language, progress)
    start, end = _period(ctx, start, end)
    ctx.steps.tick(0)
    found = [i for i in reversed(incidents.list_incidents(desk, now=ctx.now))
             if start <= datetime.fromisoformat(i["detected_at"]).astimezone(ctx.zone).date()
             <= end]
    ctx.steps.plan(2 * len(found) + 2)  # the list, each one's files, then the pages
    ctx.steps.tick()
    for incident in found:
        incident["files"] = [f["filename"] for f in
                             attachments.list_for(desk, "incidents", incident["id"])]
        # the number the sent notice carries, from the register of outgoing documents
        incident["notice_number"] = documents.find(
            desk, "authority", "incidents", incident["id"]) if incident["notified_at"] else None
        ctx.steps.tick()
    period = ctx.say("period_value", start=short_date(start), end=short_date(end))
    doc = _document(ctx, "incidents", period=period)
    _incidents_summary(doc, ctx, found, period)
    doc.add(ctx.checkpoint())
    for index, incident in enumerate(found):
        _incident_block(doc, ctx, incident,
                        lead=None if index else ctx.say("incidents.details"))
        doc.add(ctx.checkpoint())
    _sign(doc, ctx)
    return doc.save(out)


# the report's words for where `rules.notice_clock` stands
_CLOCK_WORDS = {"sent": "on_time", "sent_late": "late", "open": "pending", "overdue": "missed",
                "not_required": "no_notice"}


def _clock_state(ctx: _Context, incident: dict) -> str:
    """on_time, late, pending, missed or no_notice: the 72-hour clock (DOMAIN D4.2)."""
    return _CLOCK_WORDS[rules.notice_clock(incident, ctx.now)[0]]


def _hours(ctx: _Context, hours: float) -> str:
    whole = int(hours)
    if whole >= 48:  # tenths of a day rounded down, as the clocks are: 71.8 h is 2.9 days
        return ctx.say("days", n=ctx.decimal(math.floor(hours / 2.4) / 10))
    return ctx.say("hours", n=max(whole, 0))


def _clock_text(ctx: _Context, incident: dict) -> str:
    state = _clock_state(ctx, incident)
    if state == "late":
        late = (datetime.fromisoformat(incident["notified_at"])
                - datetime.fromisoformat(incident["notify_by"])).total_seconds() / 3600
        return ctx.say("clock.late", late=_hours(ctx, late))
    if state == "pending":
        return ctx.say("clock.pending", left=_hours(ctx, incident["hours_left"]))
    return ctx.say(f"clock.{state}")


def _incidents_summary(doc: Document, ctx: _Context, found: list[dict], period: str) -> None:
    states = [_clock_state(ctx, i) for i in found]
    _heading(doc, ctx.say("incidents.summary"))
    doc.facts([(ctx.say("period"), period),
               (ctx.say("generated"), ctx.moment(ctx.now.isoformat())),
               (ctx.say("incidents.count"), ctx.num(len(found)))]
              + [(ctx.say(f"incidents.{state}"), ctx.num(states.count(state)))
                 for state in ("on_time", "late", "pending", "missed", "no_notice")]
              + [(ctx.say("incidents.sensitive"), ctx.num(sum(i["sensitive"] for i in found))),
                 (ctx.say("incidents.closed"),
                  ctx.num(sum(i["status"] == "closed" for i in found)))], label_width=0.6)
    if not found:
        doc.paragraph(ctx.say("incidents.empty"), style="plain")
        return
    _heading(doc, ctx.say("incidents.overview"))
    doc.table([[str(i["id"]), ctx.moment(i["detected_at"]), i["title"],
                ctx.moment(i["notify_by"]), ctx.moment(i["notified_at"]) or ctx.say("none"),
                _clock_text(ctx, i), ctx.code("incident", i["status"])] for i in found],
              header=[ctx.say("col.id"), ctx.say("inc.col.detected"), ctx.say("inc.col.title"),
                      ctx.say("inc.col.notify_by"), ctx.say("inc.col.notified"),
                      ctx.say("inc.col.clock"), ctx.say("inc.col.status")],
              widths=[10, 22, None, 20, 20, 20, 27], font_size=8.5)


def _incident_data(ctx: _Context, incident: dict) -> str:
    """The items the breach exposed, as the notice lists them (DOMAIN D4.3: the DPO's
    choice, classified by the incident's law); while they are not confirmed, the register's
    proposal, said so."""
    lines = []
    for detail in incident["exposed"]:
        marks = [ctx.say("sensitive_mark")] if detail["sensitive"] else []
        if not detail["known"]:
            marks.append(ctx.say("inc.not_in_register"))
        label = detail["label_en"] if ctx.language == "en" else detail["label_vi"]
        lines.append(label + (f" [{', '.join(marks)}]" if marks else ""))
    if lines and not incident["items_confirmed"]:
        lines.append(ctx.say("inc.unconfirmed"))
    return _lines(lines, ctx.say("inc.unknown"))


def _subjects_notice(ctx: _Context, incident: dict) -> str:
    if incident["subjects_notified_at"]:
        return ctx.say("subjects.sent", at=ctx.moment(incident["subjects_notified_at"]))
    if incident["subjects_notify_by"]:
        return ctx.say("subjects.due", by=ctx.moment(incident["subjects_notify_by"]))
    return ctx.say("subjects.not_required")


def _incident_block(doc: Document, ctx: _Context, incident: dict, *,
                    lead: str | None = None) -> None:
    none = ctx.say("none")
    unknown = ctx.say("inc.unknown")
    decision = incident["notify_decision"]
    assessment = " — ".join(t for t in (ctx.say(f"decision.{decision}") if decision else "",
                                        incident["assessment"]) if t)
    rows = [
        ("inc.detected", ctx.moment(incident["detected_at"])),
        ("inc.occurred", ctx.moment(incident["occurred_at"]) or unknown),
        ("inc.location", incident["location"] or unknown),
        ("inc.regime", ctx.say(f"regime.{incident['regime']}", basis=rules.BREACH_NOTICE_BASIS[
            incident["regime"]].in_language(ctx.language))),
        ("inc.notify_by", ctx.moment(incident["notify_by"])),
        ("inc.notified_at", ctx.moment(incident["notified_at"]) or none),
        ("inc.clock", _clock_text(ctx, incident)),
    ]
    if incident["late"] or incident["late_reason"]:
        rows.append(("inc.late_reason", incident["late_reason"] or none))
    rows += [
        ("inc.assessment", assessment or none),
        ("inc.severity", incident["severity"] or none),  # DOMAIN D4.5: the DPO's words
        ("inc.data", _incident_data(ctx, incident)),
        ("inc.sensitive", ctx.say("yes") if incident["sensitive"] else ctx.say("no")),
        ("inc.subjects", ctx.num(incident["subjects_count"])
         if incident["subjects_count"] is not None else unknown),
        ("inc.records", ctx.num(incident["records_count"])
         if incident["records_count"] is not None else unknown),
        ("inc.channel", ctx.say(f"channel.{incident['submission_channel']}")
         if incident["submission_channel"] else none),
        # the notice's own number (register of outgoing documents), then the reference the
        # portal or agency gave its submission (issue 15 point 5)
        ("inc.reference", incident["notice_number"] or none),
        ("inc.submission", incident["notice_reference"] or none),
        ("inc.subjects_notified", _subjects_notice(ctx, incident)),
        ("inc.evidence", _lines(incident["files"], none)),
        ("inc.status", ctx.code("incident", incident["status"])),
    ]
    _block(doc, f"{incident['id']}. {incident['title']}",
           [(ctx.say(key), value) for key, value in rows], label_width=0.36, lead=lead)


REPORTS = {"register": register_report, "complaints": complaints_report,
           "incidents": incidents_report}
