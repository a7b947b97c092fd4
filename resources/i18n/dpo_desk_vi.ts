<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DPO Desk</source>
        <translation>Giới thiệu DPO Desk</translation>
    </message>
    <message>
        <source>The desk of a Vietnamese company&apos;s data protection officer: register, requests, breach notices.</source>
        <translation>Bàn làm việc của người phụ trách bảo vệ dữ liệu cá nhân trong doanh nghiệp Việt Nam: danh mục dữ liệu, yêu cầu của chủ thể dữ liệu, thông báo vi phạm.</translation>
    </message>
    <message>
        <source>Database schema version: {0}</source>
        <translation>Phiên bản lược đồ cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Xây dựng với</translation>
    </message>
    <message>
        <source>Product knowledge, not legal advice: check notices against the current law.</source>
        <translation>Đây là kiến thức sản phẩm, không phải tư vấn pháp lý: hãy đối chiếu các thông báo với quy định hiện hành.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Every change, who made it and when, chained by SHA-256 hashes so that edits made behind the app&apos;s back are detected.</source>
        <translation>Mọi thay đổi, ai thực hiện và khi nào, được nối chuỗi bằng mã băm SHA-256 để phát hiện mọi chỉnh sửa ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>Search who, what, values… (Ctrl+F)</source>
        <translation>Tìm theo người, nội dung, giá trị… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tất cả bản ghi</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Chọn một mục để xem nội dung thay đổi.</translation>
    </message>
    <message>
        <source>Entry #{0} · {1} · {2} {3} · by {4}</source>
        <translation>Mục #{0} · {1} · {2} {3} · bởi {4}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>nối tiếp</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} does not match its audit trail or is damaged. Each problem below names the record and what differs. Restore a backup or investigate who changed the file outside DPO Desk.</source>
        <translation>{0} không khớp với nhật ký hoặc đã bị hỏng. Mỗi vấn đề dưới đây nêu rõ bản ghi và điểm khác biệt. Hãy khôi phục bản sao lưu hoặc tìm hiểu ai đã sửa tệp ngoài DPO Desk.</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Toàn vẹn</translation>
    </message>
    <message>
        <source>SQLite finds {0} intact, the audit trail&apos;s {1} entries form an unbroken hash chain, and every record matches its last audited state.</source>
        <translation>SQLite xác nhận {0} toàn vẹn, {1} mục nhật ký tạo thành chuỗi băm liền mạch và mọi bản ghi khớp với trạng thái được ghi nhận gần nhất.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Complaints and requests</source>
        <translation>Khiếu nại và yêu cầu</translation>
    </message>
    <message>
        <source>Complaints and data-subject requests, each answered within its deadline.</source>
        <translation>Khiếu nại và yêu cầu của chủ thể dữ liệu, mỗi hồ sơ được trả lời đúng thời hạn.</translation>
    </message>
    <message>
        <source>Complaints and requests are not available in this version yet</source>
        <translation>Phiên bản này chưa có chức năng khiếu nại và yêu cầu</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. Intake, deadlines under Decree 356, reminders and letters come in a later version.</source>
        <translation>Chưa có dữ liệu nào ở đây. Tiếp nhận hồ sơ, thời hạn theo Nghị định 356, nhắc việc và thư trả lời sẽ có trong phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Your company&apos;s data protection desk at a glance.</source>
        <translation>Toàn cảnh công tác bảo vệ dữ liệu cá nhân của doanh nghiệp.</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Hồ sơ doanh nghiệp</translation>
    </message>
    <message>
        <source>Edit the profile</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Integrity and audit trail</source>
        <translation>Tính toàn vẹn và nhật ký</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>Kiểm tra cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa đầy đủ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <source>Tax code: {0}</source>
        <translation>Mã số thuế: {0}</translation>
    </message>
    <message>
        <source>Responsible for data protection: {0}</source>
        <translation>Người phụ trách bảo vệ dữ liệu: {0}</translation>
    </message>
    <message>
        <source>Still missing: {0}. The notices to the authority need them.</source>
        <translation>Còn thiếu: {0}. Thông báo gửi cơ quan chức năng cần các thông tin này.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Số mục nhật ký</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} bởi {1}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>The check verifies the file with SQLite, recomputes the hash chain of the audit trail and compares every record with its last audited state, so that edits made outside DPO Desk show up.</source>
        <translation>Việc kiểm tra dùng SQLite xác minh tệp, tính lại chuỗi băm của nhật ký và so sánh từng bản ghi với trạng thái được ghi nhận gần nhất, để phát hiện mọi chỉnh sửa ngoài DPO Desk.</translation>
    </message>
    <message>
        <source>{0} problem(s)</source>
        <translation>{0} vấn đề</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Toàn vẹn</translation>
    </message>
    <message>
        <source>Last checked {0}: {1} problem(s) found.</source>
        <translation>Kiểm tra lúc {0}: phát hiện {1} vấn đề.</translation>
    </message>
    <message>
        <source>Last checked {0}: the file and its audit trail are intact.</source>
        <translation>Kiểm tra lúc {0}: tệp và nhật ký toàn vẹn.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các trường được đánh dấu đỏ.</translation>
    </message>
    <message>
        <source>Welcome to DPO Desk</source>
        <translation>Chào mừng đến với DPO Desk</translation>
    </message>
    <message>
        <source>Before you start, tell DPO Desk who the company is and who is responsible for data protection. These facts go on every notice to the Ministry of Public Security and every letter to a data subject. You can change them later in Settings.</source>
        <translation>Trước khi bắt đầu, hãy cho DPO Desk biết thông tin doanh nghiệp và người phụ trách bảo vệ dữ liệu cá nhân. Các thông tin này được ghi trên mọi thông báo gửi Bộ Công an và mọi thư gửi chủ thể dữ liệu. Bạn có thể sửa lại trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Breach incidents</source>
        <translation>Sự cố vi phạm dữ liệu</translation>
    </message>
    <message>
        <source>Personal data breaches, the 72-hour clock and the notice to the Ministry of Public Security.</source>
        <translation>Vi phạm dữ liệu cá nhân, thời hạn 72 giờ và thông báo gửi Bộ Công an.</translation>
    </message>
    <message>
        <source>Incidents are not available in this version yet</source>
        <translation>Phiên bản này chưa có chức năng quản lý sự cố</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. The incident log, the 72-hour clock and the notice on form 08 come in a later version.</source>
        <translation>Chưa có dữ liệu nào ở đây. Sổ sự cố, đồng hồ 72 giờ và thông báo theo Mẫu số 08 sẽ có trong phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is nothing to search in this view yet.</source>
        <translation>Màn hình này chưa có gì để tìm kiếm.</translation>
    </message>
    <message>
        <source>There is nothing to create in this view yet.</source>
        <translation>Màn hình này chưa có gì để tạo mới.</translation>
    </message>
    <message>
        <source>{0} · schema {1}</source>
        <translation>{0} · lược đồ {1}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Đã mở {0}</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>{0} already exists. Use File &gt; Open to open it, or choose another name.</source>
        <translation>{0} đã tồn tại. Hãy dùng Tệp &gt; Mở để mở tệp này, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Đã sao lưu vào {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Không thể khôi phục từ tệp này</translation>
    </message>
    <message>
        <source>Replace the current database {0} with the backup {1}? The current file will be kept as {2}.</source>
        <translation>Thay cơ sở dữ liệu hiện tại {0} bằng bản sao lưu {1}? Tệp hiện tại sẽ được giữ lại với tên {2}.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation>Đã khôi phục {0}</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Đã nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The file was upgraded to the current version. A copy of it as it was has been saved as {0}.</source>
        <translation>Tệp đã được nâng cấp lên phiên bản hiện tại. Bản sao của tệp trước khi nâng cấp được lưu tại {0}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Data register</source>
        <translation>Danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Complaints &amp; requests</source>
        <translation>Khiếu nại &amp; yêu cầu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>DPO Desk · {0}</source>
        <translation>DPO Desk · {0}</translation>
    </message>
    <message>
        <source>Personal data protection</source>
        <translation>Bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>&amp;Giới thiệu DPO Desk</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>&amp;Tạo bản ghi mới</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Company name</source>
        <translation>Tên tổ chức, doanh nghiệp</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Head office address</source>
        <translation>Địa chỉ trụ sở chính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Simple cases: days to settle</source>
        <translation>Vụ việc đơn giản: số ngày giải quyết</translation>
    </message>
    <message>
        <source>Complex cases: days to settle</source>
        <translation>Vụ việc phức tạp: số ngày giải quyết</translation>
    </message>
    <message>
        <source>Count the days as</source>
        <translation>Cách tính ngày</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>Họ tên người phụ trách</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation>Điện thoại người phụ trách</translation>
    </message>
    <message>
        <source>DPO&apos;s email</source>
        <translation>Email người phụ trách</translation>
    </message>
    <message>
        <source>e.g. Công ty TNHH Sen Vàng</source>
        <translation>VD: Công ty TNHH Sen Vàng</translation>
    </message>
    <message>
        <source>10 digits, or 10-3 for a branch</source>
        <translation>10 chữ số, hoặc 10-3 đối với chi nhánh</translation>
    </message>
    <message>
        <source>Street, ward, province or city</source>
        <translation>Số nhà, đường, phường/xã, tỉnh/thành phố</translation>
    </message>
    <message>
        <source>e.g. 028 3822 1234</source>
        <translation>VD: 028 3822 1234</translation>
    </message>
    <message>
        <source>e.g. lienhe@congty.vn</source>
        <translation>VD: lienhe@congty.vn</translation>
    </message>
    <message>
        <source>The person responsible for data protection</source>
        <translation>Người phụ trách bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>e.g. Legal manager</source>
        <translation>VD: Trưởng phòng Pháp chế</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>VD: 0912 345 678</translation>
    </message>
    <message>
        <source>e.g. dpo@congty.vn</source>
        <translation>VD: dpo@congty.vn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Tổ chức, doanh nghiệp</translation>
    </message>
    <message>
        <source>Person responsible for data protection</source>
        <translation>Người phụ trách bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Ngày theo lịch</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Data category register</source>
        <translation>Danh mục dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</source>
        <translation>Doanh nghiệp thu thập dữ liệu cá nhân nào, của ai, vì mục đích gì, trên cơ sở pháp lý nào, lưu ở đâu, ai được nhận và lưu giữ bao lâu.</translation>
    </message>
    <message>
        <source>The register is not available in this version yet</source>
        <translation>Phiên bản này chưa có danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Nothing has been recorded here. The register of data categories, with the catalogue of basic and sensitive data of Decree 356, comes in a later version.</source>
        <translation>Chưa có dữ liệu nào ở đây. Danh mục dữ liệu, cùng bảng phân loại dữ liệu cơ bản và nhạy cảm theo Nghị định 356, sẽ có trong phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Printable reports of the register, complaints and incidents, and incident packets for auditors.</source>
        <translation>Báo cáo in được về danh mục dữ liệu, khiếu nại và sự cố, cùng hồ sơ sự cố cho kiểm toán viên.</translation>
    </message>
    <message>
        <source>Reports are not available in this version yet</source>
        <translation>Phiên bản này chưa có chức năng báo cáo</translation>
    </message>
    <message>
        <source>Reports are drawn from the register, complaints and incidents, which arrive in later versions.</source>
        <translation>Báo cáo được lập từ danh mục dữ liệu, khiếu nại và sự cố; các chức năng này sẽ có trong các phiên bản sau.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các trường được đánh dấu đỏ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Không có gì thay đổi để lưu.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>The company profile printed on letters and notices, and your preferences. Fields marked * are required.</source>
        <translation>Hồ sơ doanh nghiệp in trên thư và thông báo, cùng các tùy chọn của bạn. Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Tax code must be 10 digits, or 10 digits, a dash and 3 digits (e.g. 0312345678 or 0312345678-001)</source>
        <translation>Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số (VD: 0312345678 hoặc 0312345678-001)</translation>
    </message>
    <message>
        <source>Email address looks wrong (expected name@domain.vn)</source>
        <translation>Địa chỉ email không hợp lệ (dạng ten@tenmien.vn)</translation>
    </message>
    <message>
        <source>Phone number must have 8 to 15 digits (spaces, dots, dashes and a leading + are allowed)</source>
        <translation>Số điện thoại phải có từ 8 đến 15 chữ số (được dùng dấu cách, dấu chấm, gạch ngang và dấu + ở đầu)</translation>
    </message>
    <message>
        <source>Must be one of: {allowed}</source>
        <translation>Phải là một trong các giá trị: {allowed}</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to 90</source>
        <translation>Phải là số ngày nguyên từ 1 đến 90</translation>
    </message>
    <message>
        <source>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</source>
        <translation>Múi giờ không hợp lệ (VD: Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>Unknown setting (known: {known})</source>
        <translation>Cài đặt không tồn tại (các khóa hợp lệ: {known})</translation>
    </message>
    <message>
        <source>Must be text or a number</source>
        <translation>Phải là văn bản hoặc số</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc nhập</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: {error}</source>
        <translation>SQLite không đọc được tệp: {error}</translation>
    </message>
    <message>
        <source>SQLite integrity check: {result}</source>
        <translation>Kiểm tra toàn vẹn của SQLite: {result}</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent} record</source>
        <translation>{table} dòng {row} tham chiếu tới bản ghi {parent} không tồn tại</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) does not follow entry #{previous}: entries were removed, inserted or reordered</source>
        <translation>mục nhật ký #{id} ({table} {record}) không nối tiếp mục #{previous}: có mục đã bị xóa, chèn thêm hoặc đổi thứ tự</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its content no longer matches its hash</source>
        <translation>mục nhật ký #{id} ({table} {record}) đã bị sửa: nội dung không còn khớp với mã băm</translation>
    </message>
    <message>
        <source>the audit trail ends at entry #{found}, but its last entry was #{expected}: entries were removed or replaced at the end</source>
        <translation>nhật ký kết thúc ở mục #{found}, nhưng mục cuối cùng được ghi nhận là #{expected}: có mục ở cuối đã bị xóa hoặc thay thế</translation>
    </message>
    <message>
        <source>the record of the audit trail&apos;s last entry is missing</source>
        <translation>thiếu thông tin về mục cuối cùng của nhật ký</translation>
    </message>
    <message>
        <source>{table} {record} is not in the audit trail: it was written behind the app&apos;s back</source>
        <translation>{table} {record} không có trong nhật ký: bản ghi đã được ghi ngoài ứng dụng</translation>
    </message>
    <message>
        <source>{table} {record} exists although the audit trail records its deletion</source>
        <translation>{table} {record} vẫn tồn tại dù nhật ký ghi nhận đã xóa</translation>
    </message>
    <message>
        <source>{table} {record} differs from its last audited state ({difference})</source>
        <translation>{table} {record} khác với trạng thái được ghi nhận gần nhất ({difference})</translation>
    </message>
    <message>
        <source>{table} {record} vanished without an audit entry</source>
        <translation>{table} {record} đã biến mất mà không có mục nhật ký nào</translation>
    </message>
</context>
</TS>
