<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>rl_accel (ReportLab&apos;s accelerator)</source>
        <translation>rl_accel (bộ tăng tốc của ReportLab)</translation>
    </message>
    <message>
        <source>Apache-2.0 or BSD-3-Clause</source>
        <translation>Apache-2.0 hoặc BSD-3-Clause</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Phạm vi công cộng (public domain)</translation>
    </message>
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
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge · {0}</source>
        <translation>Xác nhận đã tiếp nhận · {0}</translation>
    </message>
    <message>
        <source>Record when the requester was told that the request was received. The law asks for it by {0}; the acknowledgement letter carries this date.</source>
        <translation>Ghi lại thời điểm đã thông báo cho người yêu cầu rằng yêu cầu đã được tiếp nhận. Pháp luật yêu cầu việc này chậm nhất vào ngày {0}; thông báo xác nhận tiếp nhận mang ngày này.</translation>
    </message>
    <message>
        <source>Record when the requester was told that the request was received; the acknowledgement letter carries this date.</source>
        <translation>Ghi lại thời điểm đã thông báo cho người yêu cầu rằng yêu cầu đã được tiếp nhận; thông báo xác nhận tiếp nhận mang ngày này.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DPO Desk could not load these files (missing or damaged):
{0}

It uses the system font and English texts instead where needed. Reinstalling DPO Desk repairs them.</source>
        <translation>DPO Desk không tải được các tệp sau (bị thiếu hoặc hỏng):
{0}

Ứng dụng tạm dùng phông chữ của hệ thống và văn bản tiếng Anh ở những chỗ cần thiết. Cài đặt lại DPO Desk sẽ khắc phục.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The action could not be completed</source>
        <translation>Không thực hiện được thao tác</translation>
    </message>
    <message>
        <source>Missing files</source>
        <translation>Thiếu tệp</translation>
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
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Ngày trong lịch làm việc</translation>
    </message>
    <message>
        <source>Case–register link</source>
        <translation>Liên kết hồ sơ – danh mục</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Custom data item</source>
        <translation>Loại dữ liệu tự thêm</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Policy gap</source>
        <translation>Điểm thiếu của chính sách</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Mục danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Sửa lúc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Number in the year</source>
        <translation>Số thứ tự trong năm</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Record of</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày ghi trên văn bản</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Đính kèm vào</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung tệp</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Thời điểm thêm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sent with the notice</source>
        <translation>Gửi kèm thông báo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Tệp chính sách</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Thiếu sót</translation>
    </message>
    <message>
        <source>Gap (English)</source>
        <translation>Thiếu sót (tiếng Anh)</translation>
    </message>
    <message>
        <source>The policy&apos;s sentence</source>
        <translation>Câu trong chính sách</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Thời điểm xử lý xong</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Ngày dương lịch</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Bên thứ ba</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Company&apos;s promise (days)</source>
        <translation>Cam kết của doanh nghiệp (số ngày)</translation>
    </message>
    <message>
        <source>Promise counted in</source>
        <translation>Cách tính ngày cam kết</translation>
    </message>
    <message>
        <source>Company&apos;s promise</source>
        <translation>Cam kết của doanh nghiệp</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Thời hạn theo luật</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Hạn xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation>Hạn ban đầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Binding deadline</source>
        <translation>Hạn áp dụng</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Lý do tạm chờ</translation>
    </message>
    <message>
        <source>Extended by (days)</source>
        <translation>Số ngày gia hạn</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>Extended at</source>
        <translation>Thời điểm gia hạn</translation>
    </message>
    <message>
        <source>Extended legal deadline</source>
        <translation>Thời hạn theo luật sau gia hạn</translation>
    </message>
    <message>
        <source>Extended company&apos;s promise</source>
        <translation>Hạn cam kết sau gia hạn</translation>
    </message>
    <message>
        <source>Identity check method</source>
        <translation>Cách xác minh danh tính</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Người xác minh danh tính</translation>
    </message>
    <message>
        <source>Identity checked at</source>
        <translation>Thời điểm xác minh danh tính</translation>
    </message>
    <message>
        <source>Identity check result</source>
        <translation>Kết quả xác minh danh tính</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason for the outcome</source>
        <translation>Lý do của kết quả</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Thời điểm xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Thời điểm trả lời</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Thời điểm đóng hồ sơ</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Nội dung dùng để tìm kiếm</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Trạng thái từ</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Dữ liệu thu thập</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Mục đích xử lý</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Cơ sở pháp lý</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Nguồn thu thập</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Nơi lưu trữ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Biện pháp bảo vệ</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Bộ phận phụ trách</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
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
    <name>CalendarSection</name>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Theo luật</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Do bạn thay đổi</translation>
    </message>
    <message>
        <source>Struck out by you</source>
        <translation>Bạn đã bỏ</translation>
    </message>
    <message>
        <source>Tick at least one rest day.</source>
        <translation>Hãy chọn ít nhất một ngày nghỉ.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Khôi phục ngày đã chọn</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Bỏ ngày đã chọn</translation>
    </message>
    <message>
        <source>{0} added as a day off.</source>
        <translation>Đã thêm ngày {0} làm ngày nghỉ.</translation>
    </message>
    <message>
        <source>{0} declared a working day.</source>
        <translation>Đã khai báo ngày {0} là ngày làm việc.</translation>
    </message>
    <message>
        <source>Strike {0} ({1}) from the calendar? It will count as an ordinary working day for every deadline. You can restore it later.</source>
        <translation>Bỏ {0} ({1}) khỏi lịch? Ngày này sẽ được tính là ngày làm việc bình thường cho mọi thời hạn. Bạn có thể khôi phục lại sau.</translation>
    </message>
    <message>
        <source>Restore {0} ({1}) as a day off?</source>
        <translation>Khôi phục {0} ({1}) thành ngày nghỉ?</translation>
    </message>
    <message>
        <source>Remove your change of {0} ({1})? The day goes back to how the official calendar has it.</source>
        <translation>Bỏ thay đổi của bạn cho ngày {0} ({1})? Ngày này sẽ trở lại như trong lịch chính thức.</translation>
    </message>
    <message>
        <source>{0} restored.</source>
        <translation>Đã khôi phục ngày {0}.</translation>
    </message>
    <message>
        <source>{0} removed.</source>
        <translation>Đã bỏ ngày {0}.</translation>
    </message>
    <message>
        <source>Weekly rest days saved. The deadlines of open complaints were recomputed.</source>
        <translation>Đã lưu ngày nghỉ hằng tuần. Thời hạn của các hồ sơ đang mở đã được tính lại.</translation>
    </message>
    <message>
        <source>The deadlines of open complaints were recomputed.</source>
        <translation>Thời hạn của các hồ sơ đang mở đã được tính lại.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu: {0}</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Government (not counted)</source>
        <translation>Chính phủ (không tính)</translation>
    </message>
    <message>
        <source>Unconfirmed (not counted)</source>
        <translation>Chưa xác nhận (không tính)</translation>
    </message>
    <message>
        <source>Does not count for deadlines unless you add it: select it and click “Count this day”.</source>
        <translation>Không tính vào thời hạn trừ khi bạn thêm ngày này: chọn ngày rồi bấm “Tính ngày này”.</translation>
    </message>
    <message>
        <source>This day does not count, so there is nothing to remove.</source>
        <translation>Ngày này không được tính nên không có gì để bỏ.</translation>
    </message>
    <message>
        <source>Make the selected day count for every deadline (your change, which you can remove later).</source>
        <translation>Tính ngày đã chọn vào mọi thời hạn (thay đổi của bạn, có thể bỏ sau).</translation>
    </message>
    <message>
        <source>Select a government or unconfirmed day first.</source>
        <translation>Hãy chọn trước một ngày do Chính phủ quy định hoặc chưa được xác nhận.</translation>
    </message>
    <message>
        <source>{0} now counts as a day off.</source>
        <translation>Ngày {0} nay được tính là ngày nghỉ.</translation>
    </message>
    <message>
        <source>{0} now counts as a working day.</source>
        <translation>Ngày {0} nay được tính là ngày làm việc.</translation>
    </message>
    <message>
        <source>Every deadline is counted on this calendar: the weekly rest days, the public holidays of the Labour Code (Lunar New Year and substitute days included) and your own changes. Days the Government sets for the civil service and days not yet in the Labour Code are shown in amber and do not count unless you add them. Changes in this section are saved at once (the Save button below is for the profile).</source>
        <translation>Mọi thời hạn được tính theo lịch này: ngày nghỉ hằng tuần, ngày nghỉ lễ, tết theo Bộ luật Lao động (kể cả Tết Âm lịch và ngày nghỉ bù) và các thay đổi của bạn. Ngày nghỉ Chính phủ quy định cho cán bộ, công chức, viên chức và ngày chưa có trong Bộ luật Lao động được tô màu hổ phách và không được tính trừ khi bạn thêm vào. Thay đổi trong phần này được lưu ngay (nút Lưu bên dưới dành cho hồ sơ doanh nghiệp).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Weekly rest days:</source>
        <translation>Ngày nghỉ hằng tuần:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Save rest days</source>
        <translation>Lưu ngày nghỉ</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Worked rest days</source>
        <translation>Ngày nghỉ phải đi làm (làm bù)</translation>
    </message>
    <message>
        <source>No rest day is worked this year.</source>
        <translation>Năm nay không có ngày làm bù.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Add a day off…</source>
        <translation>Thêm ngày nghỉ…</translation>
    </message>
    <message>
        <source>Declare a working day…</source>
        <translation>Khai báo ngày làm việc…</translation>
    </message>
    <message>
        <source>Count this day</source>
        <translation>Tính ngày này</translation>
    </message>
    <message>
        <source>Only days that bind every employer count: a day off wrongly counted would move a legal deadline later. Government: a bridge or swap day set for the civil service (e.g. Monday 31/08/2026 off for Saturday 22/08/2026). Unconfirmed: announced but not yet in the Labour Code (24 November, Vietnamese Culture Day). If your company observes such a day, select it and click “Count this day”. Removing a law holiday strikes it from the calendar until you restore it.</source>
        <translation>Chỉ tính những ngày ràng buộc mọi người sử dụng lao động: tính nhầm một ngày nghỉ sẽ làm thời hạn theo luật lùi muộn hơn. Chính phủ: ngày nghỉ bắc cầu hoặc hoán đổi áp dụng cho cán bộ, công chức, viên chức (ví dụ nghỉ thứ Hai 31/08/2026, làm bù thứ Bảy 22/08/2026). Chưa xác nhận: đã được công bố nhưng chưa có trong Bộ luật Lao động (ngày 24 tháng 11, Ngày Văn hóa Việt Nam). Nếu doanh nghiệp áp dụng ngày đó, hãy chọn ngày và bấm “Tính ngày này”. Bỏ một ngày lễ theo luật sẽ gạch ngày đó khỏi lịch cho đến khi bạn khôi phục.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Trễ %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>The {0} most urgent of {1}; open the list for all of them.</source>
        <translation>{0} hồ sơ gấp nhất trong số {1}; mở danh sách để xem tất cả.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>Mở danh sách</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>From the register</source>
        <translation>Từ danh mục dữ liệu</translation>
    </message>
    <message>
        <source>From the catalogue (Decree 356)</source>
        <translation>Từ danh sách dữ liệu mẫu (Nghị định 356)</translation>
    </message>
    <message>
        <source>Find an item, e.g. “CCCD”, “GPS”…</source>
        <translation>Tìm loại dữ liệu, ví dụ “CCCD”, “GPS”…</translation>
    </message>
    <message>
        <source>Other data, not listed above (separate with ;)</source>
        <translation>Dữ liệu khác, chưa có ở trên (cách nhau bằng dấu ;)</translation>
    </message>
    <message>
        <source>e.g. Delivery notes; Call recordings</source>
        <translation>Ví dụ: Phiếu giao hàng; Ghi âm cuộc gọi</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{0} received, {1} answered or closed</source>
        <translation>{0} hồ sơ đã nhận, {1} hồ sơ đã trả lời hoặc đóng</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
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
    <message>
        <source>Integrity and audit trail</source>
        <translation>Tính toàn vẹn và nhật ký</translation>
    </message>
    <message>
        <source>Check the database now</source>
        <translation>Kiểm tra cơ sở dữ liệu ngay</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>Check database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message numerus="yes">
        <source>Read-only: %n problem(s) found</source>
        <translation>
            <numerusform>Chỉ đọc: phát hiện %n vấn đề</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} was opened read-only: you can read and print, but nothing can be saved until the problems below are resolved. Restore a backup (File &gt; Restore); if you put an older copy back on purpose, restore it through File &gt; Restore so that this computer accepts it.</source>
        <translation>{0} được mở ở chế độ chỉ đọc: bạn có thể xem và in, nhưng không thể lưu gì cho đến khi các vấn đề dưới đây được xử lý. Hãy khôi phục bản sao lưu (Tệp &gt; Khôi phục); nếu bạn cố ý đặt lại một bản cũ hơn, hãy khôi phục nó qua Tệp &gt; Khôi phục để máy tính này chấp nhận.</translation>
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
    <name>CloseDialog</name>
    <message>
        <source>Required: why the request is rejected (it is told to the requester)</source>
        <translation>Bắt buộc: lý do từ chối yêu cầu (sẽ thông báo cho người yêu cầu)</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Close · {0}</source>
        <translation>Đóng hồ sơ · {0}</translation>
    </message>
    <message>
        <source>A closed case is final. Only an answered case can be closed as completed.</source>
        <translation>Hồ sơ đã đóng là kết thúc. Chỉ hồ sơ đã trả lời mới được đóng với kết quả hoàn thành.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>No case selected</source>
        <translation>Chưa chọn hồ sơ nào</translation>
    </message>
    <message>
        <source>Select a case to see its facts, deadlines and timeline. Press Enter to work on it.</source>
        <translation>Chọn một hồ sơ để xem thông tin, thời hạn và diễn biến. Nhấn Enter để xử lý.</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Hạn {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <source>Third party must act</source>
        <translation>Cần bên thứ ba thực hiện</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Dữ liệu liên quan</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} lúc {1}</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>the deadline keeps running</source>
        <translation>thời hạn vẫn tiếp tục tính</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Xác minh danh tính</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>No reply written yet.</source>
        <translation>Chưa soạn nội dung trả lời.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; extended from {1}</source>
        <translation>{0}; gia hạn từ ngày {1}</translation>
    </message>
    <message>
        <source>Company&apos;s promise</source>
        <translation>Cam kết của doanh nghiệp</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Thời hạn theo luật</translation>
    </message>
    <message>
        <source>none for this kind of request</source>
        <translation>không có đối với loại yêu cầu này</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>{0} (acknowledged: {1})</source>
        <translation>{0} (đã xác nhận: {1})</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Xác nhận đã nhận trước</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>{0} · binding: {1}</source>
        <translation>{0} · áp dụng: {1}</translation>
    </message>
    <message>
        <source>Original due date</source>
        <translation>Hạn ban đầu</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): {0}</source>
        <translation>
            <numerusform>%n ngày: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cách xác minh</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Người xác minh</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Chưa có tệp đính kèm.</translation>
    </message>
    <message>
        <source>Attach files to the case</source>
        <translation>Đính kèm tệp vào hồ sơ</translation>
    </message>
    <message>
        <source>Case recorded</source>
        <translation>Ghi nhận hồ sơ</translation>
    </message>
    <message>
        <source>Reply text saved</source>
        <translation>Đã lưu nội dung trả lời</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <source>Identity check…</source>
        <translation>Xác minh danh tính…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Tạm chờ…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Đóng…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Xoá dữ liệu cá nhân…</translation>
    </message>
    <message>
        <source>Wait for the requester; the deadline keeps running</source>
        <translation>Chờ người yêu cầu; thời hạn vẫn tiếp tục tính</translation>
    </message>
    <message>
        <source>Erase the requester&apos;s personal data from this closed case and its audit trail</source>
        <translation>Xoá dữ liệu cá nhân của người yêu cầu khỏi hồ sơ đã đóng này và nhật ký của nó</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Acknowledgement letter…</source>
        <translation>Thư xác nhận tiếp nhận…</translation>
    </message>
    <message>
        <source>The letter confirming receipt: case number, due date, the DPO&apos;s contact</source>
        <translation>Thư xác nhận đã nhận yêu cầu: số hồ sơ, hạn trả lời, liên hệ của người phụ trách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Reply letter…</source>
        <translation>Thư trả lời…</translation>
    </message>
    <message>
        <source>The letter carrying the reply text of the case; a refusal gives its reasons and the requester&apos;s recourse</source>
        <translation>Thư trả lời mang nội dung trả lời của hồ sơ; thư từ chối nêu lý do và quyền khiếu nại, khởi kiện của người yêu cầu</translation>
    </message>
    <message>
        <source>Identity request…</source>
        <translation>Đề nghị xác minh danh tính…</translation>
    </message>
    <message>
        <source>The letter asking the requester to prove their identity</source>
        <translation>Thư đề nghị người yêu cầu xác minh danh tính</translation>
    </message>
    <message>
        <source>Extension notice…</source>
        <translation>Thông báo gia hạn…</translation>
    </message>
    <message>
        <source>The letter telling the requester of the extension, its reason and the new date</source>
        <translation>Thư thông báo cho người yêu cầu việc gia hạn, lý do và thời hạn mới</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>Choose the kind of request to see its deadlines.</source>
        <translation>Chọn loại yêu cầu để xem các thời hạn.</translation>
    </message>
    <message>
        <source>Due: {0} (under Decree 356, Art. 5)</source>
        <translation>Hạn: {0} (theo Điều 5 Nghị định số 356/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Due: {0} (the company&apos;s promise and Decree 356, Art. 5)</source>
        <translation>Hạn: {0} (theo cam kết của doanh nghiệp và Điều 5 Nghị định số 356/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Due: {0} (the company&apos;s promise)</source>
        <translation>Hạn: {0} (theo cam kết của doanh nghiệp)</translation>
    </message>
    <message numerus="yes">
        <source>Company&apos;s promise: {0} · %n working day(s)</source>
        <translation>
            <numerusform>Cam kết của doanh nghiệp: {0} · %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Company&apos;s promise: {0} · %n calendar day(s)</source>
        <translation>
            <numerusform>Cam kết của doanh nghiệp: {0} · %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal deadline: {0} · {1}</source>
        <translation>Thời hạn theo luật: {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge receipt by: {0} · %n working day(s)</source>
        <translation>
            <numerusform>Xác nhận đã nhận trước: {0} · %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Received before 2026: Decree 13/2023 set no fixed deadline for this kind; only the company&apos;s promise applies.</source>
        <translation>Nhận trước năm 2026: Nghị định 13/2023 không quy định thời hạn cố định cho loại yêu cầu này; chỉ áp dụng cam kết của doanh nghiệp.</translation>
    </message>
    <message>
        <source>The law sets no deadline for this kind: only the company&apos;s promise applies.</source>
        <translation>Pháp luật không quy định thời hạn cho loại này: chỉ áp dụng cam kết của doanh nghiệp.</translation>
    </message>
    <message>
        <source>New complaint or request</source>
        <translation>Khiếu nại hoặc yêu cầu mới</translation>
    </message>
    <message>
        <source>Record the case as it was received. The deadlines follow from the date of receipt, the kind of request and the company&apos;s promise in Settings.</source>
        <translation>Ghi nhận hồ sơ như khi tiếp nhận. Thời hạn được tính từ ngày nhận, loại yêu cầu và cam kết của doanh nghiệp trong Cài đặt.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Mức độ phức tạp</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Bên thứ ba</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <source>Data concerned (from the register)</source>
        <translation>Dữ liệu liên quan (từ danh mục dữ liệu)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Full name, e.g. Nguyễn Văn An</source>
        <translation>Họ và tên, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Email, phone or address</source>
        <translation>Email, số điện thoại hoặc địa chỉ</translation>
    </message>
    <message>
        <source>A processor or third party must act</source>
        <translation>Cần bên xử lý hoặc bên thứ ba thực hiện</translation>
    </message>
    <message>
        <source>Decree 356 allows a longer deadline when a processor or another party must act.</source>
        <translation>Nghị định 356 cho phép thời hạn dài hơn khi cần bên xử lý dữ liệu hoặc bên khác thực hiện.</translation>
    </message>
    <message>
        <source>e.g. Asks for a copy of all order history held about her</source>
        <translation>Ví dụ: Yêu cầu bản sao toàn bộ lịch sử đơn hàng của mình</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>New case from e-mail</source>
        <translation>Hồ sơ mới từ e-mail</translation>
    </message>
    <message>
        <source>Received on {0}, as the message&apos;s date says: check it.</source>
        <translation>Ngày nhận {0}, theo ngày ghi trong thư: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The message has no usable date: enter the day it was received.</source>
        <translation>Thư không có ngày dùng được: hãy nhập ngày nhận.</translation>
    </message>
    <message>
        <source>From {0}. {1} Choose the kind of request and its complexity. Kept with the case (SHA-256): {2}.</source>
        <translation>Từ tệp {0}. {1} Hãy chọn loại yêu cầu và mức độ phức tạp. Lưu kèm hồ sơ (SHA-256): {2}.</translation>
    </message>
</context>
<context>
    <name>ComplaintWords</name>
    <message>
        <source>Access (view data)</source>
        <translation>Truy cập (xem dữ liệu)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Chỉnh sửa dữ liệu</translation>
    </message>
    <message>
        <source>Copy of the data</source>
        <translation>Cung cấp bản sao dữ liệu</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Hạn chế xử lý</translation>
    </message>
    <message>
        <source>Object to processing</source>
        <translation>Phản đối xử lý</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Yêu cầu biện pháp bảo vệ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Yêu cầu khác</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>Checking identity</source>
        <translation>Đang xác minh danh tính</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm chờ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>On hold (deadline still running)</source>
        <translation>Tạm chờ (thời hạn vẫn tính)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Biểu mẫu trên website</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Kênh khác</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>Không xác minh được danh tính</translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation>Người yêu cầu rút lại</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Đơn giản</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <source>Company policy</source>
        <translation>Cam kết của doanh nghiệp</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Pháp luật</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message numerus="yes">
        <source>Settled %n day(s) late</source>
        <translation>
            <numerusform>Giải quyết trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt not acknowledged: it was due by {0} (2 working days, Decree 356 Art. 5).</source>
        <translation>Chưa xác nhận tiếp nhận: hạn xác nhận là {0} (02 ngày làm việc, Điều 5 Nghị định số 356/2025/NĐ-CP).</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>Hạn theo</translation>
    </message>
    <message>
        <source>{0} · not acknowledged</source>
        <translation>{0} · chưa xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Waiting: {0}
The deadline keeps running while the case is on hold.</source>
        <translation>Đang chờ: {0}
Thời hạn vẫn tiếp tục tính trong khi hồ sơ tạm chờ.</translation>
    </message>
    <message>
        <source>Extended from {0}: {1}</source>
        <translation>Gia hạn từ {0}: {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Binding: {0}
Company&apos;s promise: {1}
Legal deadline: {2}</source>
        <translation>Hạn áp dụng: {0}
Cam kết của doanh nghiệp: {1}
Thời hạn theo luật: {2}</translation>
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
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: this case was changed elsewhere (another window or program). It has been reloaded; check it and try again.</source>
        <translation>Chưa thực hiện: hồ sơ này đã được thay đổi ở nơi khác (cửa sổ hoặc chương trình khác). Hồ sơ đã được tải lại; hãy kiểm tra rồi thử lại.</translation>
    </message>
    <message>
        <source>Case #{0} is now “{1}” and no longer matches the filters.</source>
        <translation>Hồ sơ #{0} nay ở trạng thái “{1}”, không còn khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Xem hồ sơ</translation>
    </message>
    <message>
        <source>New case from e-mail</source>
        <translation>Hồ sơ mới từ e-mail</translation>
    </message>
    <message>
        <source>Saved e-mails (*.eml *.msg);;All files (*)</source>
        <translation>Thư đã lưu (*.eml *.msg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <source>These files were not taken in; nothing was saved from them.</source>
        <translation>Các tệp này không được tiếp nhận; không có gì từ chúng được lưu.</translation>
    </message>
    <message>
        <source>Search name, contact, summary or #number… (Ctrl+F)</source>
        <translation>Tìm theo tên, liên hệ, nội dung hoặc #số… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (deadline running)</source>
        <translation>Đang mở (thời hạn đang tính)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <source>Open cases whose receipt was not acknowledged within 2 working days</source>
        <translation>Hồ sơ đang mở chưa được xác nhận tiếp nhận trong 02 ngày làm việc</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Ẩn tên</translation>
    </message>
    <message>
        <source>Mask requesters&apos; names and contacts, e.g. while sharing the screen</source>
        <translation>Che tên và thông tin liên hệ của người yêu cầu, ví dụ khi chia sẻ màn hình</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <source>Record the first case…</source>
        <translation>Ghi nhận hồ sơ đầu tiên…</translation>
    </message>
    <message>
        <source>No complaints or requests yet</source>
        <translation>Chưa có khiếu nại hoặc yêu cầu nào</translation>
    </message>
    <message>
        <source>Record each complaint or data-subject request as it arrives: the deadlines under Decree 356 and the company&apos;s promise are computed for you, and every step is kept in the case&apos;s timeline.</source>
        <translation>Ghi nhận từng khiếu nại hoặc yêu cầu của chủ thể dữ liệu ngay khi tiếp nhận: thời hạn theo Nghị định 356 và cam kết của doanh nghiệp được tính sẵn, mọi bước xử lý đều được lưu trong diễn biến của hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The record was changed elsewhere. Reload it.</source>
        <translation>Bản ghi đã bị thay đổi ở nơi khác. Hãy tải lại.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <source>Add your own data item</source>
        <translation>Thêm loại dữ liệu riêng</translation>
    </message>
    <message>
        <source>For data the catalogue of Decree 356 does not list. The item is kept in this database and offered in every entry of the register.</source>
        <translation>Dành cho dữ liệu không có trong danh sách dữ liệu mẫu theo Nghị định 356. Loại dữ liệu này được lưu trong cơ sở dữ liệu và có thể chọn ở mọi mục của danh mục dữ liệu.</translation>
    </message>
    <message>
        <source>Name of the data item</source>
        <translation>Tên loại dữ liệu</translation>
    </message>
    <message>
        <source>e.g. Shoe size</source>
        <translation>Ví dụ: Cỡ giày</translation>
    </message>
    <message>
        <source>Kind of personal data</source>
        <translation>Thuộc loại dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Basic personal data</source>
        <translation>Dữ liệu cá nhân cơ bản</translation>
    </message>
    <message>
        <source>Sensitive personal data (Decree 356, Art. 4)</source>
        <translation>Dữ liệu cá nhân nhạy cảm (Điều 4 Nghị định số 356/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Hồ sơ đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>Khiếu nại và yêu cầu</translation>
    </message>
    <message>
        <source>No complaint or request has been recorded yet. When you record one under Complaints &amp; requests, its deadline, the cases overdue or due soon and the figures of the last twelve months appear here.</source>
        <translation>Chưa ghi nhận khiếu nại hoặc yêu cầu nào. Khi bạn ghi nhận hồ sơ trong mục Khiếu nại &amp; yêu cầu, thời hạn, các hồ sơ quá hạn hoặc sắp đến hạn và số liệu 12 tháng gần nhất sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Receipt not acknowledged</source>
        <translation>Chưa xác nhận tiếp nhận</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Hạn xác nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Không có hồ sơ quá hạn.</translation>
    </message>
    <message>
        <source>Nothing falls due in the next two days.</source>
        <translation>Không có hồ sơ đến hạn trong hai ngày tới.</translation>
    </message>
    <message>
        <source>Every request was acknowledged in time.</source>
        <translation>Mọi yêu cầu đều được xác nhận tiếp nhận đúng hạn.</translation>
    </message>
    <message>
        <source>of {0} recorded</source>
        <translation>trên tổng số {0} hồ sơ</translation>
    </message>
    <message>
        <source>past the binding due date</source>
        <translation>đã quá hạn áp dụng</translation>
    </message>
    <message>
        <source>Go to complaints and requests</source>
        <translation>Đến mục Khiếu nại và yêu cầu</translation>
    </message>
    <message>
        <source>from today to the day after tomorrow</source>
        <translation>từ hôm nay đến ngày kia</translation>
    </message>
    <message>
        <source>none settled in 12 months</source>
        <translation>chưa giải quyết hồ sơ nào trong 12 tháng</translation>
    </message>
    <message>
        <source>{0} of {1} settled in 12 months</source>
        <translation>{0}/{1} hồ sơ trong 12 tháng</translation>
    </message>
    <message>
        <source>Every running clock of your data protection desk.</source>
        <translation>Mọi thời hạn đang chạy của công tác bảo vệ dữ liệu.</translation>
    </message>
    <message>
        <source>past the 2 working days to acknowledge</source>
        <translation>quá 02 ngày làm việc để xác nhận</translation>
    </message>
</context>
<context>
    <name>DatabaseCard</name>
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
    <message numerus="yes">
        <source>%n closed case(s) older than %1 years: erase their personal data</source>
        <translation>
            <numerusform>%n hồ sơ đã đóng quá %1 năm: xoá dữ liệu cá nhân</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Add a day off</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <source>A day nobody works, e.g. a bridge day the Prime Minister announced or the company&apos;s own holiday. Deadlines that end on it move to the next working day.</source>
        <translation>Ngày không ai làm việc, ví dụ ngày nghỉ bắc cầu do Thủ tướng công bố hoặc ngày nghỉ riêng của công ty. Thời hạn kết thúc vào ngày này được chuyển sang ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>e.g. Day off after National Day</source>
        <translation>VD: Nghỉ liền kề Quốc khánh</translation>
    </message>
    <message>
        <source>Declare a working day</source>
        <translation>Khai báo ngày làm việc</translation>
    </message>
    <message>
        <source>A weekly rest day that is worked, e.g. a Saturday swapped for a bridge day. It counts as a working day for every deadline.</source>
        <translation>Một ngày nghỉ hằng tuần nhưng vẫn đi làm, ví dụ thứ Bảy làm bù cho ngày nghỉ bắc cầu. Ngày này được tính là ngày làm việc cho mọi thời hạn.</translation>
    </message>
    <message>
        <source>e.g. Working Saturday for 2 September</source>
        <translation>VD: Thứ Bảy làm bù dịp 2 tháng 9</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>This letter is dated {0}, after its deadline {1}. It carries the date of the step it belongs to (today while that step is not recorded); record the step with the day it happened if it was done in time.</source>
        <translation>Văn bản này mang ngày {0}, sau thời hạn {1}. Văn bản mang ngày của bước xử lý tương ứng (ngày hôm nay khi bước đó chưa được ghi nhận); nếu bước đó đã được thực hiện đúng hạn, hãy ghi nhận bước với đúng ngày đã thực hiện.</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Không lập được văn bản</translation>
    </message>
    <message>
        <source>The case has no reply text yet</source>
        <translation>Hồ sơ chưa có nội dung trả lời</translation>
    </message>
    <message>
        <source>A reply letter carries the DPO&apos;s reply. Write it first with “Answer…” on the case, then make the letter again.</source>
        <translation>Thư trả lời chứa nội dung trả lời của người phụ trách bảo vệ dữ liệu. Hãy soạn nội dung đó trước bằng nút “Trả lời…” của hồ sơ, rồi lập lại thư.</translation>
    </message>
    <message>
        <source>Facts are missing for this document</source>
        <translation>Còn thiếu thông tin để lập văn bản này</translation>
    </message>
    <message>
        <source>The law requires these facts in the document; they are not recorded yet:</source>
        <translation>Pháp luật yêu cầu văn bản có các thông tin sau, nhưng chúng chưa được ghi nhận:</translation>
    </message>
    <message>
        <source>Record them with “Edit facts…”; the company&apos;s details are under Settings.</source>
        <translation>Hãy bổ sung bằng nút “Sửa thông tin…”; thông tin doanh nghiệp nằm trong Cài đặt.</translation>
    </message>
    <message>
        <source>Fill in the company profile under Settings.</source>
        <translation>Hãy điền hồ sơ doanh nghiệp trong Cài đặt.</translation>
    </message>
    <message>
        <source>Or generate a draft now: every page is marked as a draft and each missing fact is marked where it goes.</source>
        <translation>Hoặc lập bản nháp ngay: mọi trang đều được đánh dấu là bản nháp và mỗi thông tin còn thiếu được đánh dấu tại chỗ cần điền.</translation>
    </message>
    <message>
        <source>Draft: marked as a draft on every page. Do not send it; fill in the missing facts and make the document again.</source>
        <translation>Bản nháp: mọi trang đều được đánh dấu là bản nháp. Không gửi bản này; hãy bổ sung thông tin còn thiếu rồi lập lại văn bản.</translation>
    </message>
    <message>
        <source>Missing: {0}.</source>
        <translation>Còn thiếu: {0}.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt · case #{0}</source>
        <translation>Thư xác nhận tiếp nhận · hồ sơ #{0}</translation>
    </message>
    <message>
        <source>Reply letter · case #{0}</source>
        <translation>Thư trả lời · hồ sơ #{0}</translation>
    </message>
    <message>
        <source>Extension notice · case #{0}</source>
        <translation>Thông báo gia hạn · hồ sơ #{0}</translation>
    </message>
    <message>
        <source>Identity request · case #{0}</source>
        <translation>Đề nghị xác minh danh tính · hồ sơ #{0}</translation>
    </message>
    <message>
        <source>Notice to the authority (Mẫu số {0}) · incident #{1}</source>
        <translation>Thông báo cơ quan chức năng (Mẫu số {0}) · sự cố #{1}</translation>
    </message>
    <message>
        <source>Minutes confirming the violation · incident #{0}</source>
        <translation>Biên bản xác nhận vi phạm · sự cố #{0}</translation>
    </message>
    <message>
        <source>Notice to the people affected · incident #{0}</source>
        <translation>Thông báo người bị ảnh hưởng · sự cố #{0}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Official documents are sent in Vietnamese; English is a translation for internal use.</source>
        <translation>Văn bản chính thức được gửi bằng tiếng Việt; bản tiếng Anh là bản dịch để dùng nội bộ.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang lập văn bản…</translation>
    </message>
    <message>
        <source>Generate a draft anyway</source>
        <translation>Vẫn lập bản nháp</translation>
    </message>
    <message>
        <source>Edit facts…</source>
        <translation>Sửa thông tin…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data · {0}</source>
        <translation>Xoá dữ liệu cá nhân · {0}</translation>
    </message>
    <message>
        <source>The requester&apos;s name and contact, the summary, the reply, the identity check&apos;s method, the reasons written on the case and its attached files are erased from the case and from its audit trail, for good. Dates, kind, status and outcome stay for the statistics; the audit trail keeps the hashes of what was erased and records who erased it and why. This cannot be undone; backups made before keep the data.</source>
        <translation>Tên và thông tin liên hệ của người yêu cầu, nội dung, câu trả lời, cách xác minh danh tính, các lý do ghi trên hồ sơ và các tệp đính kèm sẽ bị xoá vĩnh viễn khỏi hồ sơ và khỏi nhật ký. Ngày tháng, loại, trạng thái và kết quả được giữ lại cho thống kê; nhật ký giữ mã băm của những gì đã xoá và ghi lại ai đã xoá, vì sao. Không thể hoàn tác; các bản sao lưu tạo trước đó vẫn còn dữ liệu.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>e.g. Retention period over; the requester asked for erasure</source>
        <translation>VD: Hết thời hạn lưu trữ; người yêu cầu đề nghị xoá</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Xoá vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu chứng cứ</translation>
    </message>
    <message>
        <source>The notice to the Ministry lists the documents sent with it by their titles; the minutes are always listed.</source>
        <translation>Thông báo gửi Bộ Công an liệt kê các tài liệu gửi kèm theo tên của chúng; biên bản xác nhận luôn được liệt kê.</translation>
    </message>
    <message>
        <source>e.g. Access log of the backup server</source>
        <translation>Ví dụ: Nhật ký truy cập máy chủ sao lưu</translation>
    </message>
    <message>
        <source>Send with the notice to the authority</source>
        <translation>Gửi kèm thông báo cho cơ quan chuyên trách</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ExposedItems</name>
    <message>
        <source>{0} (own item, not in the catalogue)</source>
        <translation>{0} (mục riêng, không có trong danh sách dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>What this breach exposed: the notice to the Ministry, the minutes and the people&apos;s notice list these items only. Pre-filled from the register entries above; untick what was not exposed, add what is missing.</source>
        <translation>Dữ liệu bị ảnh hưởng bởi sự cố này: thông báo gửi Bộ Công an, biên bản và thông báo cho chủ thể dữ liệu chỉ liệt kê các mục này. Danh sách được điền sẵn từ các mục của danh mục dữ liệu ở trên; hãy bỏ chọn mục không bị ảnh hưởng và thêm mục còn thiếu.</translation>
    </message>
    <message>
        <source>Add an item, e.g. “GPS”, “họ tên”, “số CCCD”…</source>
        <translation>Thêm một mục, ví dụ “GPS”, “họ tên”, “số CCCD”…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Confirmed: these are the items this breach exposed (until then the documents are drafts)</source>
        <translation>Đã xác nhận: đây là các loại dữ liệu bị ảnh hưởng bởi sự cố (trước khi xác nhận, các văn bản chỉ là bản nháp)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>New due date: &lt;b&gt;{0}&lt;/b&gt; (originally {1})</source>
        <translation>Hạn mới: &lt;b&gt;{0}&lt;/b&gt; (hạn ban đầu {1})</translation>
    </message>
    <message>
        <source>Extend · {0}</source>
        <translation>Gia hạn · {0}</translation>
    </message>
    <message>
        <source>A case may be extended once. The reason is told to the requester; the original due date stays on the record.</source>
        <translation>Mỗi hồ sơ chỉ được gia hạn một lần. Lý do sẽ được thông báo cho người yêu cầu; hạn ban đầu vẫn được lưu trong hồ sơ.</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>Gia hạn thêm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>At most {0} days ({1}).</source>
        <translation>Tối đa {0} ngày ({1}).</translation>
    </message>
    <message>
        <source>At most {0} days (company practice: the law sets no extension for this kind).</source>
        <translation>Tối đa {0} ngày (theo thông lệ của doanh nghiệp: pháp luật không quy định gia hạn cho loại này).</translation>
    </message>
    <message>
        <source>e.g. The data must be collected from our delivery partner</source>
        <translation>Ví dụ: Cần lấy dữ liệu từ đối tác giao hàng</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Gia hạn</translation>
    </message>
</context>
<context>
    <name>FactNames</name>
    <message>
        <source>Company profile: the DPO&apos;s phone or email</source>
        <translation>Hồ sơ doanh nghiệp: điện thoại hoặc email của người phụ trách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Company profile: {0}</source>
        <translation>Hồ sơ doanh nghiệp: {0}</translation>
    </message>
    <message>
        <source>The reply text of the case</source>
        <translation>Nội dung trả lời của hồ sơ</translation>
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
    <name>FormFrame</name>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các trường được đánh dấu đỏ.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Put on hold · {0}</source>
        <translation>Tạm chờ · {0}</translation>
    </message>
    <message>
        <source>The case waits for the requester (for example a missing document). The due date {0} does not move: the legal deadline keeps running while the case is on hold.</source>
        <translation>Hồ sơ chờ người yêu cầu (ví dụ: còn thiếu giấy tờ). Hạn {0} không thay đổi: thời hạn theo luật vẫn tiếp tục tính trong khi hồ sơ tạm chờ.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>e.g. Waiting for a copy of the ID card</source>
        <translation>Ví dụ: Đang chờ bản sao thẻ căn cước</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Tạm chờ</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity check · {0}</source>
        <translation>Xác minh danh tính · {0}</translation>
    </message>
    <message>
        <source>A request about a person&apos;s own data needs their identity verified. Who checked and when is recorded; the deadline keeps running meanwhile.</source>
        <translation>Yêu cầu liên quan đến dữ liệu của chính một người cần xác minh danh tính người đó. Người xác minh và thời điểm xác minh được ghi lại; thời hạn vẫn tiếp tục tính trong lúc này.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cách xác minh</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Citizen ID card (CCCD) checked in person</source>
        <translation>Kiểm tra trực tiếp thẻ căn cước (CCCD)</translation>
    </message>
    <message>
        <source>Reply from the email address we hold</source>
        <translation>Trả lời từ địa chỉ email doanh nghiệp đang lưu</translation>
    </message>
    <message>
        <source>Call back to the phone number we hold</source>
        <translation>Gọi lại số điện thoại doanh nghiệp đang lưu</translation>
    </message>
    <message>
        <source>VNeID electronic identification</source>
        <translation>Định danh điện tử VNeID</translation>
    </message>
    <message>
        <source>Choose or describe the method</source>
        <translation>Chọn hoặc mô tả cách xác minh</translation>
    </message>
    <message>
        <source>Then start work on the case ({0})</source>
        <translation>Sau đó bắt đầu xử lý hồ sơ ({0})</translation>
    </message>
    <message>
        <source>Record the check</source>
        <translation>Ghi nhận xác minh</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>No incident selected</source>
        <translation>Chưa chọn sự cố nào</translation>
    </message>
    <message>
        <source>Authority notice (Mẫu {0})…</source>
        <translation>Thông báo vi phạm (Mẫu {0})…</translation>
    </message>
    <message>
        <source>Minutes (final)…</source>
        <translation>Biên bản (chính thức)…</translation>
    </message>
    <message>
        <source>The minutes as they were signed, kept with their SHA-256</source>
        <translation>Biên bản như đã ký, được lưu kèm mã SHA-256</translation>
    </message>
    <message>
        <source>Notice to the Ministry of Public Security by {0} ({1}): {2}</source>
        <translation>Thông báo cho Bộ Công an trước {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29): {2}</source>
        <translation>Liên quan đến {0}: thông báo cho người bị ảnh hưởng trước {1} (Điều 29 Nghị định số 356/2025/NĐ-CP): {2}</translation>
    </message>
    <message>
        <source>Company profile: DPO&apos;s phone or email</source>
        <translation>Hồ sơ doanh nghiệp: điện thoại hoặc email của người phụ trách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Company profile: {0}</source>
        <translation>Hồ sơ doanh nghiệp: {0}</translation>
    </message>
    <message>
        <source>The notice to the authority still lacks: {0}</source>
        <translation>Thông báo gửi cơ quan chức năng còn thiếu: {0}</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>chưa có trong danh mục dữ liệu</translation>
    </message>
    <message>
        <source>catalogue item</source>
        <translation>có trong danh sách dữ liệu mẫu</translation>
    </message>
    <message>
        <source>proposed from the register, not confirmed</source>
        <translation>đề xuất từ danh mục dữ liệu, chưa xác nhận</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Select an incident to see its facts, timeline and evidence, or record a new one (Ctrl+N).</source>
        <translation>Chọn một sự cố để xem thông tin, diễn biến và chứng cứ, hoặc ghi nhận sự cố mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Xảy ra</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <source>Facts edited</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>recorded {0}</source>
        <translation>ghi nhận lúc {0}</translation>
    </message>
    <message>
        <source>Timeline ({0})</source>
        <translation>Diễn biến ({0})</translation>
    </message>
    <message>
        <source>Notice to the authority, as sent</source>
        <translation>Thông báo gửi cơ quan chuyên trách, như đã gửi</translation>
    </message>
    <message>
        <source>Minutes, final as signed</source>
        <translation>Biên bản chính thức, như đã ký</translation>
    </message>
    <message>
        <source>Notice to the people affected, as sent</source>
        <translation>Thông báo cho chủ thể dữ liệu, như đã gửi</translation>
    </message>
    <message>
        <source>The file matches its SHA-256 hash.</source>
        <translation>Tệp khớp với mã băm SHA-256.</translation>
    </message>
    <message>
        <source>The file no longer matches its SHA-256 hash: it was altered after it was attached.</source>
        <translation>Tệp không còn khớp với mã băm SHA-256: tệp đã bị thay đổi sau khi đính kèm.</translation>
    </message>
    <message>
        <source>Evidence files ({0})</source>
        <translation>Tệp chứng cứ ({0})</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Đính kèm tệp chứng cứ</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Một số tệp chưa được đính kèm</translation>
    </message>
    <message>
        <source>The file was not removed</source>
        <translation>Tệp chưa được xóa</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Remove “{0}” from the evidence of this incident? The removal is kept in the audit log.</source>
        <translation>Gỡ “{0}” khỏi chứng cứ của sự cố này? Việc gỡ được ghi lại trong Nhật ký.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ</translation>
    </message>
    <message>
        <source>Edit facts…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Đánh giá…</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Đã ngăn chặn</translation>
    </message>
    <message>
        <source>Notify authority…</source>
        <translation>Thông báo cơ quan chức năng…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Record whether the breach must be notified, and why</source>
        <translation>Ghi nhận vi phạm có phải thông báo hay không, và vì sao</translation>
    </message>
    <message>
        <source>The breach is stopped and contained</source>
        <translation>Vi phạm đã được ngăn chặn và kiểm soát</translation>
    </message>
    <message>
        <source>Record the notice sent to the Ministry of Public Security</source>
        <translation>Ghi nhận thông báo đã gửi Bộ Công an</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Đóng sự cố</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <source>The notice to the Ministry of Public Security on the official form: Mẫu số 08 (Law 91), Mẫu số 03 for incidents before 2026 (Decree 13)</source>
        <translation>Thông báo gửi Bộ Công an theo mẫu chính thức: Mẫu số 08 (Luật 91), Mẫu số 03 cho sự cố trước năm 2026 (Nghị định 13)</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Biên bản…</translation>
    </message>
    <message>
        <source>The minutes confirming the violation, for the parties to sign</source>
        <translation>Biên bản xác nhận vi phạm để các bên ký</translation>
    </message>
    <message>
        <source>Subjects notified…</source>
        <translation>Đã thông báo chủ thể…</translation>
    </message>
    <message>
        <source>Record when the people affected were told, and keep the notice as sent</source>
        <translation>Ghi nhận thời điểm đã thông báo cho người bị ảnh hưởng và lưu thông báo như đã gửi</translation>
    </message>
    <message>
        <source>Finalise minutes…</source>
        <translation>Lưu biên bản chính thức…</translation>
    </message>
    <message>
        <source>Keep the minutes as signed, with their SHA-256: from then on they are never drawn up again, and the packet carries them</source>
        <translation>Lưu biên bản như đã ký, kèm mã SHA-256: từ đó biên bản không bao giờ được lập lại, và gói hồ sơ mang theo bản đã lưu</translation>
    </message>
    <message>
        <source>Subject notice…</source>
        <translation>Thông báo chủ thể…</translation>
    </message>
    <message>
        <source>The notice to the people whose data were affected</source>
        <translation>Thông báo gửi những người có dữ liệu bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Public notice…</source>
        <translation>Thông báo công khai…</translation>
    </message>
    <message>
        <source>The text of a notice for the website or app, to copy</source>
        <translation>Nội dung thông báo để sao chép lên trang web hoặc ứng dụng</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Gói hồ sơ</translation>
    </message>
    <message>
        <source>Export packet…</source>
        <translation>Xuất gói hồ sơ…</translation>
    </message>
    <message>
        <source>Everything about the incident in one zip whose files carry their SHA-256 hashes</source>
        <translation>Toàn bộ thông tin về sự cố trong một tệp zip, mỗi tệp kèm mã băm SHA-256</translation>
    </message>
    <message>
        <source>Verify packet…</source>
        <translation>Kiểm tra gói hồ sơ…</translation>
    </message>
    <message>
        <source>Check that no file of a packet was added, removed or altered</source>
        <translation>Kiểm tra để chắc chắn không tệp nào của gói hồ sơ bị thêm, bớt hay thay đổi</translation>
    </message>
    <message>
        <source>The incident packet: export it as a zip, or verify one received back</source>
        <translation>Gói hồ sơ sự cố: xuất thành tệp zip, hoặc kiểm tra một gói nhận lại</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Title…</source>
        <translation>Tên tài liệu…</translation>
    </message>
    <message>
        <source>The title the notice lists it by, and whether it is sent with the notice</source>
        <translation>Tên tài liệu ghi trong thông báo, và có gửi kèm thông báo hay không</translation>
    </message>
    <message>
        <source>Drop files onto this pane to attach them as evidence. Each is kept in the database with its SHA-256 hash.</source>
        <translation>Kéo thả tệp vào đây để đính kèm làm chứng cứ. Mỗi tệp được lưu trong cơ sở dữ liệu cùng mã băm SHA-256.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Title / sent with the notice</source>
        <translation>Tên tài liệu / gửi kèm thông báo</translation>
    </message>
    <message>
        <source>Intact: the stored file still matches the SHA-256 hash taken when it was attached</source>
        <translation>Nguyên vẹn: tệp đã lưu vẫn khớp với mã băm SHA-256 lấy khi đính kèm</translation>
    </message>
</context>
<context>
    <name>IncidentFormDialog</name>
    <message>
        <source>The minutes are drawn up from the meeting that confirmed the violation: when and where it was held, who took part (one per line: name, role), what it found. The decision is the harm assessment.</source>
        <translation>Biên bản được lập từ cuộc họp xác nhận vi phạm: thời gian, địa điểm, thành phần tham dự (mỗi dòng một người: họ tên, vai trò), kết quả xác minh. Quyết định là kết quả đánh giá mức độ ảnh hưởng.</translation>
    </message>
    <message>
        <source>The minutes are final (kept as signed): their facts no longer change.</source>
        <translation>Biên bản đã được lưu chính thức (như đã ký): các nội dung của biên bản không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Notify by: {0} — {1}</source>
        <translation>Thông báo trước: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n categories chosen.</source>
        <translation>
            <numerusform>Đã chọn %n loại dữ liệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items exposed.</source>
        <translation>
            <numerusform>%n loại dữ liệu bị ảnh hưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive personal data: {0}.</source>
        <translation>Dữ liệu cá nhân nhạy cảm: {0}.</translation>
    </message>
    <message>
        <source>Sensitive personal data (marked by you).</source>
        <translation>Dữ liệu cá nhân nhạy cảm (do bạn đánh dấu).</translation>
    </message>
    <message>
        <source>Basic personal data only.</source>
        <translation>Chỉ có dữ liệu cá nhân cơ bản.</translation>
    </message>
    <message>
        <source>Involves {0}: tell the people affected by {1} (Decree 356, Art. 29).</source>
        <translation>Liên quan đến {0}: thông báo cho người bị ảnh hưởng trước {1} (Điều 29 Nghị định số 356/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>Involves {0}.</source>
        <translation>Liên quan đến {0}.</translation>
    </message>
    <message>
        <source>Not in the register: {0}. Add them to the register so that it stays complete.</source>
        <translation>Chưa có trong danh mục dữ liệu: {0}. Hãy bổ sung để danh mục dữ liệu luôn đầy đủ.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <source>Edit the facts of the incident</source>
        <translation>Sửa thông tin sự cố</translation>
    </message>
    <message>
        <source>The facts of the personal data breach, as the notice to the Ministry of Public Security needs them. Times are local time ({0}). Fields marked * are required.</source>
        <translation>Thông tin về vi phạm dữ liệu cá nhân theo yêu cầu của thông báo gửi Bộ Công an. Thời gian tính theo giờ địa phương ({0}). Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>Dữ liệu cá nhân liên quan</translation>
    </message>
    <message>
        <source>Consequences and remedies</source>
        <translation>Hậu quả và biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Late notice</source>
        <translation>Thông báo trễ hạn</translation>
    </message>
    <message>
        <source>Correction after the notice was sent</source>
        <translation>Đính chính sau khi đã gửi thông báo</translation>
    </message>
    <message>
        <source>The notice to the authority was sent on {0}. Changing a fact it states is a correction: give its reason, kept in the timeline. The notice kept as sent does not change; send a supplementary notice if the Ministry must know.</source>
        <translation>Thông báo vi phạm đã được gửi cơ quan chức năng lúc {0}. Thay đổi một thông tin đã nêu trong thông báo là đính chính: hãy ghi lý do, được lưu trong diễn biến. Thông báo đã lưu như đã gửi không thay đổi; hãy gửi thông báo bổ sung nếu Bộ Công an cần biết.</translation>
    </message>
    <message>
        <source>Judge the lateness again from the corrected times (now: {0})</source>
        <translation>Đánh giá lại việc thông báo đúng hạn theo thời điểm đã đính chính (hiện tại: {0})</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>e.g. The server log shows the breach was discovered earlier</source>
        <translation>Ví dụ: Nhật ký máy chủ cho thấy sự cố được phát hiện sớm hơn</translation>
    </message>
    <message>
        <source>Minutes confirming the violation</source>
        <translation>Biên bản xác nhận vi phạm</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Chưa họp</translation>
    </message>
    <message>
        <source>e.g. Customer list sent to the wrong recipient</source>
        <translation>Ví dụ: Gửi nhầm danh sách khách hàng cho người khác</translation>
    </message>
    <message>
        <source>e.g. Order system, Ho Chi Minh City office</source>
        <translation>Ví dụ: Hệ thống đơn hàng, văn phòng TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>What was done to the data, how it was discovered</source>
        <translation>Dữ liệu đã bị tác động thế nào, được phát hiện ra sao</translation>
    </message>
    <message>
        <source>e.g. Wrong access settings, stolen laptop</source>
        <translation>Ví dụ: Phân quyền truy cập sai, máy tính xách tay bị mất trộm</translation>
    </message>
    <message>
        <source>e.g. The hosting provider (processor)</source>
        <translation>Ví dụ: Nhà cung cấp dịch vụ lưu trữ (bên xử lý dữ liệu)</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Harm or risks for the people concerned</source>
        <translation>Thiệt hại hoặc rủi ro đối với những người liên quan</translation>
    </message>
    <message>
        <source>How serious it is for them, e.g. Serious: the couriers&apos; home-to-work routes can be traced</source>
        <translation>Mức độ nghiêm trọng đối với họ, ví dụ: Nghiêm trọng: có thể lần ra lộ trình đi làm của nhân viên giao hàng</translation>
    </message>
    <message>
        <source>What has been done to stop and remedy it</source>
        <translation>Những việc đã làm để ngăn chặn và khắc phục</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Những việc sẽ làm</translation>
    </message>
    <message>
        <source>Required when the notice is sent after the deadline</source>
        <translation>Bắt buộc khi thông báo được gửi sau thời hạn</translation>
    </message>
    <message>
        <source>e.g. Meeting room, head office</source>
        <translation>Ví dụ: Phòng họp, trụ sở chính</translation>
    </message>
    <message>
        <source>What the meeting established</source>
        <translation>Những gì cuộc họp đã xác minh</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Không rõ thời điểm</translation>
    </message>
    <message>
        <source>Treat as sensitive even though no category listed is</source>
        <translation>Coi là dữ liệu nhạy cảm dù không có loại dữ liệu nào được liệt kê là nhạy cảm</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>e.g. Ms Lê Hoàng Yến, person in charge of data protection</source>
        <translation>Ví dụ: Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>IncidentReminderDialog</name>
    <message numerus="yes">
        <source>%n breach notice(s) to the Ministry of Public Security not sent yet</source>
        <translation>
            <numerusform>%n thông báo vi phạm chưa gửi Bộ Công an</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach notices to send</source>
        <translation>Thông báo vi phạm cần gửi</translation>
    </message>
    <message>
        <source>72-hour deadline</source>
        <translation>Thời hạn 72 giờ</translation>
    </message>
    <message>
        <source>The notice is due 72 hours after discovery (Law 91/2025, Art. 23); a late notice must give the reason for the delay.</source>
        <translation>Thông báo phải gửi trong vòng 72 giờ kể từ khi phát hiện (Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15); thông báo chậm phải nêu lý do chậm trễ.</translation>
    </message>
    <message>
        <source>Open the incidents</source>
        <translation>Mở danh sách sự cố</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Hạn thông báo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
</context>
<context>
    <name>IncidentStepDialog</name>
    <message>
        <source>Deadline {0}: a notice sent at this time is late by {1}. Give the reason for the delay; it is printed on the notice.</source>
        <translation>Hạn chót {0}: thông báo gửi vào thời điểm này bị trễ {1}. Hãy nêu lý do chậm trễ; lý do được in trên thông báo.</translation>
    </message>
    <message>
        <source>Deadline {0}: a notice sent at this time is on time.</source>
        <translation>Hạn chót {0}: thông báo gửi vào thời điểm này là đúng hạn.</translation>
    </message>
    <message>
        <source>No deadline: the breach involves no location or biometric data (Decree 356, Art. 29).</source>
        <translation>Không có thời hạn: sự cố không liên quan đến dữ liệu vị trí hay dữ liệu sinh trắc học (Điều 29 Nghị định số 356/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is late.</source>
        <translation>Thời hạn {0} (Điều 29 Nghị định số 356/2025/NĐ-CP): thông báo gửi vào thời điểm này là trễ hạn.</translation>
    </message>
    <message>
        <source>Deadline {0} (Decree 356, Art. 29): a notice sent at this time is on time.</source>
        <translation>Thời hạn {0} (Điều 29 Nghị định số 356/2025/NĐ-CP): thông báo gửi vào thời điểm này là đúng hạn.</translation>
    </message>
    <message>
        <source>The notice as it was sent</source>
        <translation>Thông báo như đã gửi</translation>
    </message>
    <message>
        <source>Not recorded: the incident was changed elsewhere meanwhile. Close and check it.</source>
        <translation>Chưa ghi nhận: sự cố vừa được thay đổi ở nơi khác. Hãy đóng và kiểm tra lại.</translation>
    </message>
    <message>
        <source>Not recorded: correct the fields marked in red.</source>
        <translation>Chưa ghi nhận: hãy sửa các trường được đánh dấu đỏ.</translation>
    </message>
    <message>
        <source>Assess the incident</source>
        <translation>Đánh giá sự cố</translation>
    </message>
    <message>
        <source>Assess: {0}</source>
        <translation>Đánh giá: {0}</translation>
    </message>
    <message>
        <source>Notify the Ministry of Public Security when the breach may harm national defence, security, public order, or a person&apos;s life, health, honour, dignity or property (Law 91/2025, Art. 23). Record the decision and why.</source>
        <translation>Thông báo cho Bộ Công an khi vi phạm có thể gây tổn hại đến quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội hoặc tính mạng, sức khỏe, danh dự, nhân phẩm, tài sản của cá nhân (Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Ghi lại quyết định và lý do.</translation>
    </message>
    <message>
        <source>e.g. Bank details of 86 employees exposed: risk to their property</source>
        <translation>Ví dụ: Lộ thông tin tài khoản ngân hàng của 86 người lao động: rủi ro về tài sản</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Ghi nhận đánh giá</translation>
    </message>
    <message>
        <source>Notice to the people affected: {0}</source>
        <translation>Thông báo cho người bị ảnh hưởng: {0}</translation>
    </message>
    <message>
        <source>Record when the people whose data were affected were told. The notice is kept as sent: give the file that was sent, or it is made now from the facts.</source>
        <translation>Ghi nhận thời điểm đã thông báo cho những người có dữ liệu bị ảnh hưởng. Thông báo được lưu như đã gửi: chọn tệp đã gửi, hoặc thông báo được lập ngay từ các thông tin đã ghi nhận.</translation>
    </message>
    <message>
        <source>Notice to the people affected</source>
        <translation>Thông báo cho người bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Notice to the authority</source>
        <translation>Thông báo cho cơ quan chức năng</translation>
    </message>
    <message>
        <source>Notice to the authority: {0}</source>
        <translation>Thông báo cho cơ quan chức năng: {0}</translation>
    </message>
    <message>
        <source>Record when and how the notice reached the specialised personal data protection agency of the Ministry of Public Security.</source>
        <translation>Ghi lại thời điểm và cách thức gửi thông báo đến cơ quan chuyên trách bảo vệ dữ liệu cá nhân thuộc Bộ Công an.</translation>
    </message>
    <message>
        <source>Sent at *</source>
        <translation>Thời điểm gửi *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>e.g. The scope of the data had to be checked with the cloud provider</source>
        <translation>Ví dụ: Phải kiểm tra phạm vi dữ liệu với nhà cung cấp dịch vụ đám mây</translation>
    </message>
    <message>
        <source>File as sent</source>
        <translation>Tệp đã gửi</translation>
    </message>
    <message>
        <source>Empty: made from the facts</source>
        <translation>Để trống: lập từ thông tin sự cố</translation>
    </message>
    <message>
        <source>Empty: the notice is made now from the facts and kept as sent</source>
        <translation>Để trống: thông báo được lập ngay từ thông tin sự cố và lưu như đã gửi</translation>
    </message>
    <message>
        <source>Record the notice</source>
        <translation>Ghi nhận thông báo</translation>
    </message>
    <message>
        <source>the portal&apos;s or agency&apos;s receipt code, if given</source>
        <translation>mã tiếp nhận do cổng thông tin hoặc cơ quan cấp (nếu có)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Discovered at</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <source>Place or system</source>
        <translation>Địa điểm hoặc hệ thống</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Organisations or persons involved</source>
        <translation>Tổ chức, cá nhân liên quan</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>Dữ liệu cá nhân liên quan</translation>
    </message>
    <message>
        <source>Items exposed</source>
        <translation>Dữ liệu bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Minutes: meeting held at</source>
        <translation>Biên bản: thời gian họp</translation>
    </message>
    <message>
        <source>Minutes: place</source>
        <translation>Biên bản: địa điểm</translation>
    </message>
    <message>
        <source>Minutes: participants</source>
        <translation>Biên bản: thành phần tham dự</translation>
    </message>
    <message>
        <source>Minutes: findings</source>
        <translation>Biên bản: kết quả xác minh</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>Số chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Hậu quả</translation>
    </message>
    <message>
        <source>Severity for the people affected</source>
        <translation>Mức độ nghiêm trọng đối với người bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation>Biện pháp dự kiến</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Reason for the late notice</source>
        <translation>Lý do thông báo trễ hạn</translation>
    </message>
    <message>
        <source>Harm assessment</source>
        <translation>Đánh giá tác hại</translation>
    </message>
    <message>
        <source>Reason for the assessment</source>
        <translation>Lý do đánh giá</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Gửi qua</translation>
    </message>
    <message>
        <source>Submission reference</source>
        <translation>Mã tiếp nhận hồ sơ thông báo</translation>
    </message>
    <message>
        <source>Authority notified at</source>
        <translation>Thời điểm thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <source>Data subjects notified at</source>
        <translation>Thời điểm thông báo chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Lý do đính chính</translation>
    </message>
    <message>
        <source>Lateness of the notice</source>
        <translation>Thời hạn thông báo</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Đã phát hiện</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Đã ngăn chặn</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Đã thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <source>Data subjects notified</source>
        <translation>Đã thông báo chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Law 91</source>
        <translation>Luật 91</translation>
    </message>
    <message>
        <source>Decree 13</source>
        <translation>Nghị định 13</translation>
    </message>
    <message>
        <source>Law 91/2025/QH15</source>
        <translation>Luật 91/2025/QH15</translation>
    </message>
    <message>
        <source>Decree 13/2023/NĐ-CP</source>
        <translation>Nghị định 13/2023/NĐ-CP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Biometric</source>
        <translation>Sinh trắc học</translation>
    </message>
    <message>
        <source>location and biometric data</source>
        <translation>dữ liệu vị trí và sinh trắc học</translation>
    </message>
    <message>
        <source>location data</source>
        <translation>dữ liệu vị trí</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>dữ liệu sinh trắc học</translation>
    </message>
    <message>
        <source>Directly to the agency (A05, Ministry of Public Security)</source>
        <translation>Gửi trực tiếp cơ quan chuyên trách (A05, Bộ Công an)</translation>
    </message>
    <message>
        <source>National Portal on personal data protection</source>
        <translation>Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation>Thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <source>No notice to the authority</source>
        <translation>Không thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} ngày {1} giờ</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} giờ {1} phút</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>còn {0}</translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation>Quá hạn {0}</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Gửi trễ hạn</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>Không thông báo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Law 91/2025, {0} hours from discovery</source>
        <translation>Luật 91/2025, {0} giờ kể từ khi phát hiện</translation>
    </message>
    <message>
        <source>Decree 13/2023, {0} hours from occurrence</source>
        <translation>Nghị định 13/2023, {0} giờ kể từ khi xảy ra</translation>
    </message>
    <message>
        <source>Decree 13/2023, {0} hours from occurrence (unknown, so counted from discovery)</source>
        <translation>Nghị định 13/2023, {0} giờ kể từ khi xảy ra (không rõ thời điểm xảy ra nên tính từ khi phát hiện)</translation>
    </message>
</context>
<context>
    <name>IncidentsCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n đang mở</numerusform>
        </translation>
    </message>
    <message>
        <source>Breach incidents: the 72-hour clocks</source>
        <translation>Sự cố: thời hạn 72 giờ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Notice to the authority</source>
        <translation>Thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <source>Notice to the people (Art. 29)</source>
        <translation>Thông báo chủ thể dữ liệu (Điều 29)</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>Không có sự cố nào đang mở.</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>Notify the Ministry of Public Security by {0} ({1}).</source>
        <translation>Thông báo cho Bộ Công an trước {0} ({1}).</translation>
    </message>
    <message>
        <source>Notice sent {0}.</source>
        <translation>Đã gửi thông báo {0}.</translation>
    </message>
    <message>
        <source>Assessed: no notice to the authority.</source>
        <translation>Đã đánh giá: không thông báo cơ quan chức năng.</translation>
    </message>
    <message>
        <source>Marked sensitive by the DPO.</source>
        <translation>Được người phụ trách bảo vệ dữ liệu đánh dấu là nhạy cảm.</translation>
    </message>
    <message>
        <source>Sensitive personal data:</source>
        <translation>Dữ liệu cá nhân nhạy cảm:</translation>
    </message>
    <message>
        <source>Involves {0}: the people affected must be told within {1} hours of discovery, by {2} (Decree 356, Art. 29).</source>
        <translation>Liên quan đến {0}: phải thông báo cho người bị ảnh hưởng trong vòng {1} giờ kể từ khi phát hiện, tức là trước {2} (Điều 29 Nghị định số 356/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>Involves {0}. Decree 13 sets no deadline for telling the people affected; telling them is good practice.</source>
        <translation>Liên quan đến {0}. Nghị định 13 không quy định thời hạn thông báo cho người bị ảnh hưởng; nên thông báo cho họ.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Notify by</source>
        <translation>Hạn thông báo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Location/biometric</source>
        <translation>Vị trí/sinh trắc học</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
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
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n sự cố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} incidents shown</source>
        <translation>
            <numerusform>%n/{0} sự cố</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalise the minutes</source>
        <translation>Lưu biên bản chính thức</translation>
    </message>
    <message>
        <source>Keep the minutes of “{0}” as they are now, to be signed? They are kept with their SHA-256 and never drawn up again: their meeting&apos;s facts can no longer be changed.</source>
        <translation>Lưu biên bản của “{0}” như hiện tại để ký? Biên bản được lưu kèm mã SHA-256 và không bao giờ được lập lại: thông tin về cuộc họp lập biên bản không thể sửa nữa.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Lưu chính thức</translation>
    </message>
    <message>
        <source>The minutes were not finalised</source>
        <translation>Chưa lưu được biên bản chính thức</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>Còn thiếu: {0}</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Đóng sự cố</translation>
    </message>
    <message>
        <source>Close “{0}”? Its record, timeline and evidence are kept.</source>
        <translation>Đóng “{0}”? Hồ sơ, diễn biến và chứng cứ vẫn được lưu giữ.</translation>
    </message>
    <message>
        <source>Step not recorded</source>
        <translation>Chưa ghi nhận bước này</translation>
    </message>
    <message>
        <source>Search title, place, data… (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, địa điểm, dữ liệu… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Chỉ sự cố chưa đóng</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <source>Record a breach (Ctrl+N)</source>
        <translation>Ghi nhận vi phạm (Ctrl+N)</translation>
    </message>
    <message>
        <source>No incident recorded</source>
        <translation>Chưa ghi nhận sự cố nào</translation>
    </message>
    <message>
        <source>When personal data are lost, leaked, altered or accessed without permission, record the incident at once: the Ministry of Public Security must be notified within {0} hours of its discovery.</source>
        <translation>Khi dữ liệu cá nhân bị mất, bị lộ, bị thay đổi hoặc bị truy cập trái phép, hãy ghi nhận sự cố ngay: phải thông báo cho Bộ Công an trong vòng {0} giờ kể từ khi phát hiện.</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Basic personal data (Decree 356, Art. 3)</source>
        <translation>Dữ liệu cá nhân cơ bản (Điều 3 Nghị định số 356/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Sensitive personal data (Decree 356, Art. 4)</source>
        <translation>Dữ liệu cá nhân nhạy cảm (Điều 4 Nghị định số 356/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>The company&apos;s own items</source>
        <translation>Loại dữ liệu riêng của doanh nghiệp</translation>
    </message>
    <message>
        <source>own item, sensitive</source>
        <translation>loại riêng, nhạy cảm</translation>
    </message>
    <message>
        <source>own item</source>
        <translation>loại riêng</translation>
    </message>
    <message>
        <source>Sensitive personal data: {0}</source>
        <translation>Dữ liệu cá nhân nhạy cảm: {0}</translation>
    </message>
    <message>
        <source>The company&apos;s own item, basic personal data</source>
        <translation>Loại dữ liệu riêng của doanh nghiệp, dữ liệu cá nhân cơ bản</translation>
    </message>
    <message>
        <source>Basic personal data: {0}</source>
        <translation>Dữ liệu cá nhân cơ bản: {0}</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Decree 356</source>
        <translation>Nghị định 356</translation>
    </message>
    <message>
        <source>Find an item: name, e.g. “CCCD”, “email”…</source>
        <translation>Tìm loại dữ liệu, ví dụ “CCCD”, “email”…</translation>
    </message>
    <message>
        <source>Add own item…</source>
        <translation>Thêm loại dữ liệu riêng…</translation>
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
        <source>Read-only: {0}</source>
        <translation>Chỉ đọc: {0}</translation>
    </message>
    <message>
        <source>This database has no passphrase, so there is nothing to lock. Encrypt it with `dpo-desk encrypt`.</source>
        <translation>Cơ sở dữ liệu này không có mật khẩu nên không có gì để khóa. Hãy mã hóa nó bằng `dpo-desk encrypt`.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Đang mở {0}…</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Quên mật khẩu đã ghi nhớ</translation>
    </message>
    <message>
        <source>The system keyring did not remove the key of this file (see the log). Try again, or remove the entry “{0}” of “{1}” with the keyring&apos;s own app.</source>
        <translation>Kho mật khẩu của hệ thống không xóa được khóa của tệp này (xem nhật ký của ứng dụng). Hãy thử lại, hoặc tự xóa mục “{0}” của “{1}” bằng ứng dụng quản lý kho mật khẩu.</translation>
    </message>
    <message>
        <source>The passphrase of this file is no longer remembered on this computer: the next start asks for it.</source>
        <translation>Mật khẩu của tệp này không còn được ghi nhớ trên máy tính này: lần khởi động tới sẽ hỏi lại.</translation>
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
        <source>New case from &amp;e-mail…</source>
        <translation>Hồ sơ mới từ &amp;e-mail…</translation>
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
        <source>&amp;Lock now</source>
        <translation>&amp;Khóa ngay</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>&amp;Quên mật khẩu đã ghi nhớ</translation>
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
    <name>Message</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>No complaints were received or settled in the last 12 months.</source>
        <translation>Không có khiếu nại nào được tiếp nhận hoặc giải quyết trong 12 tháng gần nhất.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Settled on time (% of the cases answered or closed that month)</source>
        <translation>Giải quyết đúng hạn (% số hồ sơ được trả lời hoặc đóng trong tháng)</translation>
    </message>
    <message>
        <source>{0}/{1}: {2} received, {3} answered or closed</source>
        <translation>{0}/{1}: nhận {2}, trả lời hoặc đóng {3}</translation>
    </message>
    <message>
        <source>{0} of them by the due date ({1}%)</source>
        <translation>{0} hồ sơ trong số đó đúng hạn ({1}%)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Hãy dùng ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập lại.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file (a lost laptop, a backup disk) can read every name, contact and ID scan in it. Choose this only for trying DPO Desk out.</source>
        <translation>Không có mật khẩu, bất kỳ ai có được bản sao của tệp (máy tính xách tay bị mất, ổ đĩa sao lưu) đều đọc được mọi họ tên, thông tin liên hệ và ảnh giấy tờ tùy thân trong đó. Chỉ chọn cách này khi dùng thử DPO Desk.</translation>
    </message>
    <message>
        <source>Too short: at least {0} characters.</source>
        <translation>Quá ngắn: cần ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix words, digits and signs.</source>
        <translation>Yếu: hãy dài hơn, hoặc kết hợp chữ, số và ký hiệu.</translation>
    </message>
    <message>
        <source>Fair: a few more characters make it strong.</source>
        <translation>Khá: thêm vài ký tự nữa sẽ thành mạnh.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <source>Protect the new database</source>
        <translation>Bảo vệ cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>DPO Desk encrypts the database and its backups with a passphrase. A sentence of four or more words you will remember is a good one. Keep it safe: without it nobody, not even the developers, can recover the data.</source>
        <translation>DPO Desk mã hóa cơ sở dữ liệu và các bản sao lưu bằng một mật khẩu. Một câu từ bốn từ trở lên mà bạn nhớ được là mật khẩu tốt. Hãy giữ nó cẩn thận: không có nó thì không ai, kể cả nhà phát triển, khôi phục được dữ liệu.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Use no passphrase (not recommended)</source>
        <translation>Không dùng mật khẩu (không khuyến nghị)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>PacketExportDialog</name>
    <message>
        <source>Export the incident packet</source>
        <translation>Xuất gói hồ sơ sự cố</translation>
    </message>
    <message>
        <source>Zip archives</source>
        <translation>Tệp nén zip</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v/%m tệp</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>Lưu vào: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The packet was written to {0}</source>
        <translation>Đã lưu gói hồ sơ vào {0}</translation>
    </message>
    <message>
        <source>Its documents are drafts: the notice still lacks {0}.</source>
        <translation>Các văn bản trong gói là bản nháp: thông báo vẫn còn thiếu {0}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The packet was not written: {0}</source>
        <translation>Không ghi được gói hồ sơ: {0}</translation>
    </message>
    <message>
        <source>Export the packet of incident #{0}</source>
        <translation>Xuất gói hồ sơ của sự cố #{0}</translation>
    </message>
    <message>
        <source>One zip for the authority or an auditor: the incident record, its timeline and audit trail, the notice, the minutes, the notice to the people affected and every evidence file, each listed with its SHA-256 hash in manifest.json so that any later change is detected.</source>
        <translation>Một tệp zip để gửi cơ quan chức năng hoặc đơn vị kiểm toán: hồ sơ sự cố, diễn biến và nhật ký, thông báo vi phạm, biên bản, thông báo gửi người bị ảnh hưởng và mọi tệp chứng cứ; mỗi tệp được liệt kê kèm mã băm SHA-256 trong manifest.json để phát hiện mọi thay đổi về sau.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>PacketVerifyDialog</name>
    <message>
        <source>Verify an incident packet</source>
        <translation>Kiểm tra gói hồ sơ sự cố</translation>
    </message>
    <message>
        <source>Zip archives</source>
        <translation>Tệp nén zip</translation>
    </message>
    <message>
        <source>Missing: {0}</source>
        <translation>Bị thiếu: {0}</translation>
    </message>
    <message>
        <source>Extra, not in the manifest: {0}</source>
        <translation>Tệp thừa, không có trong manifest: {0}</translation>
    </message>
    <message>
        <source>Damaged, cannot be read: {0}</source>
        <translation>Bị hỏng, không đọc được: {0}</translation>
    </message>
    <message>
        <source>Altered: {0} (its SHA-256 hash or size differs from the manifest)</source>
        <translation>Bị thay đổi: {0} (mã băm SHA-256 hoặc kích thước khác với manifest)</translation>
    </message>
    <message>
        <source>manifest.json is missing: this is not a DPO Desk packet, or it was stripped</source>
        <translation>Thiếu manifest.json: đây không phải gói hồ sơ của DPO Desk, hoặc tệp này đã bị gỡ</translation>
    </message>
    <message>
        <source>Unsigned: signature.json is missing, so nothing proves who made the packet</source>
        <translation>Chưa ký: thiếu signature.json, nên không có gì chứng minh ai đã lập gói hồ sơ</translation>
    </message>
    <message>
        <source>Forged: the signature does not match manifest.json (the list of files was changed after signing)</source>
        <translation>Giả mạo: chữ ký không khớp với manifest.json (danh sách tệp đã bị thay đổi sau khi ký)</translation>
    </message>
    <message>
        <source>Signed with another key ({0}), not this company&apos;s key ({1})</source>
        <translation>Được ký bằng khóa khác ({0}), không phải khóa của doanh nghiệp này ({1})</translation>
    </message>
    <message>
        <source>Refused: {0} is a {1}, not a regular file</source>
        <translation>Từ chối: {0} là {1}, không phải tệp thông thường</translation>
    </message>
    <message>
        <source>Refused: {0} are the same name once case and accents are normalised</source>
        <translation>Từ chối: {0} là cùng một tên khi chuẩn hóa chữ hoa/thường và dấu</translation>
    </message>
    <message>
        <source>{0} is listed twice in manifest.json</source>
        <translation>{0} được liệt kê hai lần trong manifest.json</translation>
    </message>
    <message>
        <source>Incomplete: the packet has no authority notice ({0})</source>
        <translation>Thiếu: gói hồ sơ không có thông báo gửi cơ quan chức năng ({0})</translation>
    </message>
    <message>
        <source>Packet: {0}</source>
        <translation>Gói hồ sơ: {0}</translation>
    </message>
    <message>
        <source>Intact: every file matches the hash in its manifest.</source>
        <translation>Nguyên vẹn: mọi tệp đều khớp với mã băm trong manifest.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: the packet was changed after it was made.</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề: gói hồ sơ đã bị thay đổi sau khi được lập.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be checked: {0}</source>
        <translation>Không kiểm tra được tệp này: {0}</translation>
    </message>
    <message>
        <source>No valid signature: nothing proves who made it.</source>
        <translation>Không có chữ ký hợp lệ: không có gì chứng minh ai đã lập gói này.</translation>
    </message>
    <message>
        <source>Signed by this company&apos;s key {0}.</source>
        <translation>Được ký bằng khóa của doanh nghiệp này {0}.</translation>
    </message>
    <message>
        <source>Signed with key {0}, which is NOT this company&apos;s key ({1}).</source>
        <translation>Được ký bằng khóa {0}, KHÔNG phải khóa của doanh nghiệp này ({1}).</translation>
    </message>
    <message>
        <source>Signed with key {0}; compare it with the fingerprint printed on the authority notice.</source>
        <translation>Được ký bằng khóa {0}; hãy đối chiếu với dấu vân tay khóa in trên thông báo gửi cơ quan chức năng.</translation>
    </message>
    <message>
        <source>Every file of the packet is hashed again and compared with its manifest, and the manifest&apos;s signature is checked: a missing, added or altered file is named, and so is who signed it.</source>
        <translation>Mọi tệp trong gói hồ sơ được băm lại và đối chiếu với manifest, chữ ký của manifest cũng được kiểm tra: tệp bị thiếu, thêm hoặc sửa đổi đều được nêu rõ, cùng với người đã ký.</translation>
    </message>
    <message>
        <source>Choose another packet…</source>
        <translation>Chọn gói khác…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of %n</source>
        <translation>
            <numerusform>Trang {0}/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation>Phóng to để trang vừa khít chiều rộng</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Larger (Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Chưa lưu được tệp PDF</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Saved to {0}</source>
        <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>Printing was cancelled, or the printer could not be opened.</source>
        <translation>Đã hủy in, hoặc không mở được máy in.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PolicyCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n đang mở</numerusform>
        </translation>
    </message>
    <message>
        <source>All resolved</source>
        <translation>Đã xử lý hết</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) where your published privacy policy falls short of the law are still open.</source>
        <translation>
            <numerusform>Còn %n điểm chính sách bảo mật đã công bố chưa đáp ứng quy định của pháp luật.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every point found in your published privacy policy is resolved.</source>
        <translation>Mọi điểm phát hiện trong chính sách bảo mật đã công bố đều đã được xử lý.</translation>
    </message>
    <message>
        <source>Privacy policy checklist</source>
        <translation>Danh sách việc cần làm với chính sách bảo mật</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Mở danh sách</translation>
    </message>
</context>
<context>
    <name>PolicyGapsDialog</name>
    <message>
        <source>Privacy policy checklist</source>
        <translation>Danh sách việc cần làm với chính sách bảo mật</translation>
    </message>
    <message>
        <source>What the law asks and your published privacy policy lacks, found when the policy was imported. Fix the policy (or the register), then mark each point resolved; the dashboard shows the open ones until then.</source>
        <translation>Những điều pháp luật yêu cầu mà chính sách bảo mật đã công bố còn thiếu, phát hiện khi nhập chính sách. Hãy sửa chính sách (hoặc sổ đăng ký), rồi đánh dấu từng điểm là đã xử lý; trang Tổng quan hiển thị các điểm còn mở cho đến khi đó.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Thiếu sót</translation>
    </message>
    <message>
        <source>The policy&apos;s sentence</source>
        <translation>Câu trong chính sách</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Show the resolved ones too</source>
        <translation>Hiện cả các điểm đã xử lý</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(not found in the policy)</source>
        <translation>(không có trong chính sách)</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Resolved {0}</source>
        <translation>Đã xử lý {0}</translation>
    </message>
    <message>
        <source>Nothing is left on the checklist.</source>
        <translation>Danh sách không còn điểm nào.</translation>
    </message>
    <message>
        <source>Law: {0}</source>
        <translation>Căn cứ: {0}</translation>
    </message>
    <message>
        <source>The policy says: “{0}”</source>
        <translation>Chính sách viết: “{0}”</translation>
    </message>
    <message>
        <source>The policy says nothing about it.</source>
        <translation>Chính sách không đề cập đến điểm này.</translation>
    </message>
    <message>
        <source>Found in {0} on {1}</source>
        <translation>Phát hiện trong {0} lúc {1}</translation>
    </message>
</context>
<context>
    <name>PolicyImportDialog</name>
    <message>
        <source>Choose the published privacy policy</source>
        <translation>Chọn chính sách bảo mật đã công bố</translation>
    </message>
    <message>
        <source>Policies (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Chính sách (*.txt *.html *.htm *.docx *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The policy cannot be read</source>
        <translation>Không đọc được chính sách</translation>
    </message>
    <message>
        <source>Proposed register entries</source>
        <translation>Các mục đề xuất cho danh mục dữ liệu</translation>
    </message>
    <message>
        <source>sensitive: {0}</source>
        <translation>nhạy cảm: {0}</translation>
    </message>
    <message>
        <source>Gaps against the law</source>
        <translation>Điểm chưa đáp ứng quy định</translation>
    </message>
    <message>
        <source>(no company named)</source>
        <translation>(không nêu tên doanh nghiệp)</translation>
    </message>
    <message>
        <source>{0}: {1} data items in {2} proposed entries, {3} gaps. Untick what should not be added; double-click an entry to rename it or change its purposes.</source>
        <translation>{0}: {1} loại dữ liệu trong {2} mục đề xuất, {3} điểm chưa đáp ứng. Bỏ chọn những gì không thêm; nhấp đúp vào một mục để đổi tên hoặc sửa mục đích.</translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation>Chưa thêm gì</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import privacy policy</source>
        <translation>Nhập chính sách bảo mật</translation>
    </message>
    <message>
        <source>Import the published privacy policy</source>
        <translation>Nhập chính sách bảo mật đã công bố</translation>
    </message>
    <message>
        <source>DPO Desk reads the policy (.txt, .html, .docx or .pdf) and proposes register entries and the gaps against Law 91/2025 and Decree 356/2025. Select a finding to see the sentence it rests on.</source>
        <translation>DPO Desk đọc chính sách (.txt, .html, .docx hoặc .pdf), đề xuất các mục cho danh mục dữ liệu và chỉ ra những điểm chưa đáp ứng Luật 91/2025 và Nghị định 356/2025. Chọn một kết quả để xem câu văn làm căn cứ.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add to the register</source>
        <translation>Thêm vào danh mục</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
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
        <source>Company profile</source>
        <translation>Hồ sơ doanh nghiệp</translation>
    </message>
    <message>
        <source>Edit the profile</source>
        <translation>Sửa hồ sơ</translation>
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
        <source>Language of letters</source>
        <translation>Ngôn ngữ của thư và báo cáo</translation>
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
        <source>Lock an encrypted database after</source>
        <translation>Khóa cơ sở dữ liệu đã mã hóa sau</translation>
    </message>
    <message>
        <source>Transaction office</source>
        <translation>Địa chỉ văn phòng giao dịch</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan cấp</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Chức vụ của người đại diện</translation>
    </message>
    <message>
        <source>Who signs notices</source>
        <translation>Người ký thông báo</translation>
    </message>
    <message>
        <source>Signer (KT./TUQ.)</source>
        <translation>Người ký thay (KT./TUQ.)</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Chức vụ người ký thay</translation>
    </message>
    <message>
        <source>Symbol in document numbers</source>
        <translation>Ký hiệu trong số văn bản</translation>
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
        <source>If different from the head office</source>
        <translation>Nếu khác trụ sở chính</translation>
    </message>
    <message>
        <source>e.g. https://congty.vn</source>
        <translation>VD: https://congty.vn</translation>
    </message>
    <message>
        <source>Enterprise registration certificate number</source>
        <translation>Số Giấy chứng nhận đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>e.g. Sở Tài chính TP. Hồ Chí Minh</source>
        <translation>VD: Sở Tài chính TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN (năm-tháng-ngày)</translation>
    </message>
    <message>
        <source>e.g. TP. Hồ Chí Minh</source>
        <translation>VD: TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Signs the notices to the authority</source>
        <translation>Ký thông báo gửi cơ quan chức năng</translation>
    </message>
    <message>
        <source>e.g. Giám đốc</source>
        <translation>Ví dụ: Giám đốc</translation>
    </message>
    <message>
        <source>Only when someone signs for the representative</source>
        <translation>Chỉ khi có người ký thay người đại diện</translation>
    </message>
    <message>
        <source>e.g. Phó Giám đốc</source>
        <translation>Ví dụ: Phó Giám đốc</translation>
    </message>
    <message>
        <source>e.g. BVDLCN: 05/2026/TB-BVDLCN</source>
        <translation>Ví dụ: BVDLCN cho số 05/2026/TB-BVDLCN</translation>
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
        <source>Registration certificate (printed on breach notices)</source>
        <translation>Giấy chứng nhận đăng ký (in trên thông báo vi phạm)</translation>
    </message>
    <message>
        <source>Signature and numbering of documents</source>
        <translation>Người ký và số văn bản</translation>
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
        <source>TM.: the legal representative signs</source>
        <translation>TM.: người đại diện theo pháp luật ký</translation>
    </message>
    <message>
        <source>KT.: a deputy signs for them</source>
        <translation>KT.: cấp phó ký thay</translation>
    </message>
    <message>
        <source>TUQ.: a person they authorised signs</source>
        <translation>TUQ.: người được ủy quyền ký</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> phút không dùng</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
</context>
<context>
    <name>PublicNoticeDialog</name>
    <message>
        <source>Copied.</source>
        <translation>Đã sao chép.</translation>
    </message>
    <message>
        <source>Public notice · incident #{0}</source>
        <translation>Thông báo công khai · sự cố #{0}</translation>
    </message>
    <message>
        <source>For the company&apos;s website or app, when the people affected cannot all be told in time (Decree 356, Art. 29(3)). Copy it and publish it as it is or adapted.</source>
        <translation>Dùng trên trang web hoặc ứng dụng của doanh nghiệp khi không thể kịp thông báo tới từng người bị ảnh hưởng (khoản 3 Điều 29 Nghị định số 356/2025/NĐ-CP). Hãy sao chép và đăng nguyên văn hoặc điều chỉnh cho phù hợp.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Facts are missing for this notice:</source>
        <translation>Còn thiếu thông tin để lập thông báo này:</translation>
    </message>
    <message>
        <source>Generate a draft anyway</source>
        <translation>Vẫn lập bản nháp</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Sao chép nội dung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RegisterCard</name>
    <message>
        <source>{0} entries. Without a legal basis: {1}; without a retention period: {2}; without security measures: {3}.</source>
        <translation>{0} mục. Thiếu cơ sở pháp lý: {1}; thiếu thời hạn lưu trữ: {2}; thiếu biện pháp bảo vệ: {3}.</translation>
    </message>
    <message>
        <source>{0} sensitive entries and {1} entries sent abroad: the register has no field yet for the access rules of sensitive data or the date of a transfer dossier, so those cannot be checked here.</source>
        <translation>{0} mục dữ liệu nhạy cảm và {1} mục chuyển ra nước ngoài: danh mục chưa có trường ghi quy định truy cập dữ liệu nhạy cảm hay ngày lập hồ sơ chuyển dữ liệu ra nước ngoài, nên chưa kiểm tra được ở đây.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n chưa đủ</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>cơ sở pháp lý</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>security measures</source>
        <translation>biện pháp bảo vệ</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>RegisterEntryDialog</name>
    <message numerus="yes">
        <source>%n item(s) chosen.</source>
        <translation>
            <numerusform>Đã chọn %n loại dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: sensitive personal data, because of: {0}</source>
        <translation>Loại: dữ liệu cá nhân nhạy cảm, vì có: {0}</translation>
    </message>
    <message>
        <source>Type: sensitive personal data (marked by you)</source>
        <translation>Loại: dữ liệu cá nhân nhạy cảm (do bạn đánh dấu)</translation>
    </message>
    <message>
        <source>Type: basic personal data</source>
        <translation>Loại: dữ liệu cá nhân cơ bản</translation>
    </message>
    <message>
        <source>New register entry</source>
        <translation>Thêm mục vào danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Edit register entry</source>
        <translation>Sửa mục của danh mục dữ liệu</translation>
    </message>
    <message>
        <source>One kind of personal data the company processes. Fields marked * are required.</source>
        <translation>Một loại dữ liệu cá nhân mà doanh nghiệp xử lý. Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>What and whose</source>
        <translation>Dữ liệu gì, của ai</translation>
    </message>
    <message>
        <source>Data items *</source>
        <translation>Dữ liệu thu thập *</translation>
    </message>
    <message>
        <source>Why, where and how long</source>
        <translation>Mục đích, nơi lưu trữ và thời hạn</translation>
    </message>
    <message>
        <source>Recipients and transfer abroad</source>
        <translation>Bên nhận và chuyển dữ liệu ra nước ngoài</translation>
    </message>
    <message>
        <source>Responsibility and notes</source>
        <translation>Trách nhiệm và ghi chú</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Data subjects *</source>
        <translation>Chủ thể dữ liệu *</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Bộ phận phụ trách</translation>
    </message>
    <message>
        <source>Purposes *</source>
        <translation>Mục đích xử lý *</translation>
    </message>
    <message>
        <source>Legal basis *</source>
        <translation>Cơ sở pháp lý *</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Nguồn thu thập</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Nơi lưu trữ</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Biện pháp bảo mật</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bên nhận dữ liệu</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Nước nhận dữ liệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>e.g. Online shop customers</source>
        <translation>Ví dụ: Khách hàng mua hàng trực tuyến</translation>
    </message>
    <message>
        <source>Others, separated by ; (e.g. Tenants)</source>
        <translation>Chủ thể khác, cách nhau bằng dấu ; (ví dụ: Người thuê nhà)</translation>
    </message>
    <message>
        <source>e.g. Sales</source>
        <translation>Ví dụ: Phòng Kinh doanh</translation>
    </message>
    <message>
        <source>One purpose per line</source>
        <translation>Mỗi dòng một mục đích</translation>
    </message>
    <message>
        <source>Choose, or describe another basis</source>
        <translation>Chọn hoặc ghi cơ sở pháp lý khác</translation>
    </message>
    <message>
        <source>e.g. Given by the customer when ordering</source>
        <translation>Ví dụ: Khách hàng cung cấp khi đặt hàng</translation>
    </message>
    <message>
        <source>e.g. Order system (server in Vietnam)</source>
        <translation>Ví dụ: Hệ thống quản lý đơn hàng (máy chủ tại Việt Nam)</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 năm</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 năm</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 năm</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 năm</translation>
    </message>
    <message>
        <source>Until the data subject asks for deletion</source>
        <translation>Đến khi chủ thể dữ liệu yêu cầu xóa</translation>
    </message>
    <message>
        <source>Until the data subject withdraws consent</source>
        <translation>Đến khi chủ thể dữ liệu rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>e.g. 5 years</source>
        <translation>Ví dụ: 5 năm</translation>
    </message>
    <message>
        <source>One measure per line</source>
        <translation>Mỗi dòng một biện pháp</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Thêm bên nhận</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>The data is transferred abroad</source>
        <translation>Dữ liệu được chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>Separated by ; (e.g. Singapore; USA)</source>
        <translation>Cách nhau bằng dấu ; (ví dụ: Singapore; Hoa Kỳ)</translation>
    </message>
    <message>
        <source>Treat as sensitive even though no item is sensitive</source>
        <translation>Coi là dữ liệu nhạy cảm dù không có loại dữ liệu nào nhạy cảm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Choose the register CSV</source>
        <translation>Chọn tệp CSV của danh mục dữ liệu</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Importing… %v of %m</source>
        <translation>Đang nhập… %v/%m</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what it will add.</source>
        <translation>Chọn một tệp CSV để xem những gì sẽ được thêm.</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Đang kiểm tra từng dòng của tệp…</translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n entries will be added.</source>
        <translation>
            <numerusform>Tệp hợp lệ: sẽ thêm %n mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new own data item(s) will be created.</source>
        <translation>
            <numerusform>Sẽ tạo %n loại dữ liệu riêng mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Đã hủy nhập: không ghi dữ liệu nào.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Đã nhập %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>Tệp không có mục nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: fix the file and choose it again. Nothing was imported.</source>
        <translation>
            <numerusform>Phát hiện %n lỗi: hãy sửa tệp rồi chọn lại. Chưa nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: {0}</source>
        <translation>Không nhập được: {0}</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>Entries to add</source>
        <translation>Các mục sẽ được thêm</translation>
    </message>
    <message numerus="yes">
        <source>(the first {0}; %n more not shown)</source>
        <translation>
            <numerusform>({0} mục đầu; còn %n mục không hiển thị)</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>nhạy cảm</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>cơ bản</translation>
    </message>
    <message numerus="yes">
        <source>New own data items, not in the catalogue (%n)</source>
        <translation>
            <numerusform>Loại dữ liệu riêng mới, chưa có trong danh sách dữ liệu mẫu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {0}, column {1}</source>
        <translation>Dòng {0}, cột {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Dòng {0}</translation>
    </message>
    <message>
        <source>Import the register from CSV</source>
        <translation>Nhập danh mục dữ liệu từ CSV</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file (Excel: “CSV UTF-8”) with a header row and one data category per row. Lists are separated by “;”. Data items may be catalogue codes, names in Vietnamese or English, or your own items, which are created. Nothing is written unless every row is correct.</source>
        <translation>Tệp CSV mã hóa UTF-8 (trong Excel: “CSV UTF-8”), dòng đầu là tên cột, mỗi dòng sau là một loại dữ liệu. Các danh sách cách nhau bằng dấu “;”. Dữ liệu thu thập có thể ghi bằng mã trong danh sách dữ liệu mẫu, tên tiếng Việt hoặc tiếng Anh, hoặc loại dữ liệu riêng (sẽ được tạo mới). Chỉ ghi dữ liệu khi mọi dòng đều hợp lệ.</translation>
    </message>
    <message>
        <source>Columns: {0}</source>
        <translation>Các cột: {0}</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Dữ liệu thu thập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Dữ liệu thu thập</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Cơ sở pháp lý</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Nơi lưu trữ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bên nhận dữ liệu</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Ra nước ngoài</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Sensitive personal data, because of:</source>
        <translation>Dữ liệu cá nhân nhạy cảm, vì có:</translation>
    </message>
    <message>
        <source>Marked sensitive by the DPO.</source>
        <translation>Được người phụ trách bảo vệ dữ liệu đánh dấu là nhạy cảm.</translation>
    </message>
    <message>
        <source>Basic personal data only.</source>
        <translation>Chỉ có dữ liệu cá nhân cơ bản.</translation>
    </message>
    <message>
        <source>{0} marks sensitive personal data (Decree 356, Art. 4):</source>
        <translation>{0} đánh dấu dữ liệu cá nhân nhạy cảm (Điều 4 Nghị định số 356/2025/NĐ-CP):</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} entries shown</source>
        <translation>
            <numerusform>%n/{0} mục</numerusform>
        </translation>
    </message>
    <message>
        <source>All data subjects</source>
        <translation>Mọi chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Select an entry to see all its details. Double-click or press Enter to edit it.</source>
        <translation>Chọn một mục để xem đầy đủ thông tin. Nhấp đúp hoặc nhấn Enter để sửa.</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Chủ thể dữ liệu</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Dữ liệu thu thập</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Mục đích xử lý</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Cơ sở pháp lý</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn thu thập</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Nơi lưu trữ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Bên nhận dữ liệu</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Chuyển dữ liệu ra nước ngoài</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Biện pháp bảo mật</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>Bộ phận phụ trách</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Dữ liệu cá nhân nhạy cảm</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>bản sao</translation>
    </message>
    <message>
        <source>Cannot duplicate the entry</source>
        <translation>Không thể nhân bản mục này</translation>
    </message>
    <message>
        <source>Copy created: edit it to tell it apart.</source>
        <translation>Đã tạo bản sao: hãy sửa để phân biệt với mục gốc.</translation>
    </message>
    <message>
        <source>Cannot delete the entry</source>
        <translation>Không thể xóa mục này</translation>
    </message>
    <message>
        <source>“{0}” was not deleted: other records refer to it.

{1}</source>
        <translation>Chưa xóa “{0}”: có hồ sơ khác đang liên kết với mục này.

{1}</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>Đã xóa “{0}”.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Delete “{0}” from the register? The deletion is kept in the audit log.</source>
        <translation>Xóa “{0}” khỏi danh mục dữ liệu? Việc xóa được ghi lại trong Nhật ký.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Đã nhập %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>data-register</source>
        <translation>danh-muc-du-lieu</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất danh mục dữ liệu</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Đã xuất ra {0}</translation>
    </message>
    <message>
        <source>Data category register</source>
        <translation>Danh mục dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>What personal data the company collects, whose, why, on which legal basis, where it is stored, who receives it and how long it is kept.</source>
        <translation>Doanh nghiệp thu thập dữ liệu cá nhân nào, của ai, vì mục đích gì, trên cơ sở pháp lý nào, lưu ở đâu, ai được nhận và lưu giữ bao lâu.</translation>
    </message>
    <message>
        <source>Search names, items, purposes… (Ctrl+F)</source>
        <translation>Tìm theo tên, loại dữ liệu, mục đích… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <source>Basic only</source>
        <translation>Chỉ cơ bản</translation>
    </message>
    <message>
        <source>Abroad or not</source>
        <translation>Trong và ngoài nước</translation>
    </message>
    <message>
        <source>Sent abroad</source>
        <translation>Chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>Not sent abroad</source>
        <translation>Không chuyển ra nước ngoài</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Add a data category (Ctrl+N)</source>
        <translation>Thêm một loại dữ liệu vào danh mục (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <source>Import privacy policy…</source>
        <translation>Nhập chính sách bảo mật…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)…</source>
        <translation>CSV cho Excel (UTF-8 có BOM)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>The register is empty</source>
        <translation>Danh mục dữ liệu còn trống</translation>
    </message>
    <message>
        <source>List each kind of personal data the company processes: whose it is, which items, why, on which legal basis, who receives it and how long it is kept. Start from the catalogue of basic and sensitive data of Decree 356, or import the register you already keep in a spreadsheet.</source>
        <translation>Liệt kê từng loại dữ liệu cá nhân doanh nghiệp xử lý: của chủ thể dữ liệu nào, gồm những dữ liệu gì, vì mục đích gì, trên cơ sở pháp lý nào, bên nào được nhận và lưu trữ trong bao lâu. Bắt đầu từ danh sách dữ liệu cá nhân cơ bản và nhạy cảm theo Nghị định 356, hoặc nhập danh mục bạn đang quản lý bằng bảng tính.</translation>
    </message>
    <message>
        <source>Start from the catalogue</source>
        <translation>Bắt đầu từ danh sách dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Nhập tệp CSV</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n hồ sơ quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within 2 days</source>
        <translation>
            <numerusform>%n hồ sơ đến hạn trong 2 ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose receipt was not acknowledged in time</source>
        <translation>
            <numerusform>%n hồ sơ chưa được xác nhận tiếp nhận đúng hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines to watch</source>
        <translation>Thời hạn cần theo dõi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>The law&apos;s deadlines keep running while a case waits; answer or extend these cases first.</source>
        <translation>Thời hạn theo luật vẫn tiếp tục tính khi hồ sơ đang chờ; hãy ưu tiên trả lời hoặc gia hạn các hồ sơ này.</translation>
    </message>
    <message>
        <source>Double-click a case to open it.</source>
        <translation>Nhấp đúp vào hồ sơ để mở.</translation>
    </message>
    <message>
        <source>Open the complaints list</source>
        <translation>Mở danh sách khiếu nại</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <source>{0} · not acknowledged</source>
        <translation>{0} · chưa xác nhận tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Draft saved at {0}.</source>
        <translation>Đã lưu bản nháp lúc {0}.</translation>
    </message>
    <message>
        <source>Reply · {0}</source>
        <translation>Trả lời · {0}</translation>
    </message>
    <message>
        <source>The reply is printed on the reply letter. Save a draft to finish it later, or mark the case answered once the reply has been sent.</source>
        <translation>Nội dung trả lời được in trên thư trả lời. Lưu bản nháp để hoàn thiện sau, hoặc đánh dấu đã trả lời khi đã gửi thư.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Đánh dấu đã trả lời</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Choose a report, its period and language, then press “Generate”. The report is shown here as it will print, ready to save as PDF or print.</source>
        <translation>Chọn báo cáo, kỳ báo cáo và ngôn ngữ rồi bấm “Lập báo cáo”. Báo cáo hiện ở đây đúng như khi in, sẵn sàng để lưu PDF hoặc in.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Đã hủy: chưa lập báo cáo nào.</translation>
    </message>
    <message>
        <source>The report could not be made: {0}</source>
        <translation>Không lập được báo cáo: {0}</translation>
    </message>
    <message>
        <source>The data changed after this report was made; generate it again to include the changes.</source>
        <translation>Dữ liệu đã thay đổi sau khi lập báo cáo này; hãy lập lại để cập nhật các thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Shown: {0}, %n page(s).</source>
        <translation>
            <numerusform>Đang hiển thị: {0}, %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of personal data</source>
        <translation>Danh mục dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>Khiếu nại và yêu cầu</translation>
    </message>
    <message>
        <source>Breach incidents</source>
        <translation>Sự cố vi phạm dữ liệu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Printable reports of the register, complaints and incidents, on the company letterhead.</source>
        <translation>Báo cáo in được về danh mục dữ liệu, khiếu nại và sự cố, trình bày trên tiêu đề của doanh nghiệp.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The record of processing as it stands today: every data category, sensitive data, recipients, transfers abroad.</source>
        <translation>Hồ sơ xử lý dữ liệu tại thời điểm hiện tại: mọi nhóm dữ liệu, dữ liệu nhạy cảm, bên nhận, chuyển dữ liệu ra nước ngoài.</translation>
    </message>
    <message>
        <source>Cases received in the period: counts by kind and status, deadlines met or missed, overdue cases.</source>
        <translation>Các hồ sơ tiếp nhận trong kỳ: số lượng theo loại và trạng thái, đúng hạn hay trễ hạn, hồ sơ quá hạn.</translation>
    </message>
    <message>
        <source>Breaches discovered in the period: the 72-hour clock, notices sent, data affected.</source>
        <translation>Các sự cố phát hiện trong kỳ: thời hạn 72 giờ, các thông báo đã gửi, dữ liệu bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>The register has no period: it is printed as it stands today.</source>
        <translation>Danh mục dữ liệu không theo kỳ: báo cáo in tình trạng tại thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Saved</name>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
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
        <source>The company profile printed on letters and notices, your preferences and, below them, the working-day calendar of every deadline. Fields marked * are required.</source>
        <translation>Hồ sơ doanh nghiệp in trên thư và thông báo, các tùy chọn của bạn và, bên dưới, lịch làm việc dùng để tính mọi thời hạn. Các trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Trên máy tính này</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Your own choice, whichever database is open. The language of letters and reports is the company&apos;s, below.</source>
        <translation>Lựa chọn của riêng bạn, dù mở cơ sở dữ liệu nào. Ngôn ngữ của thư và báo cáo là của doanh nghiệp, ở phần dưới.</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Cases by status</source>
        <translation>Hồ sơ theo trạng thái</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>When this step happened. Letters are dated by it; it cannot lie in the future or before the case&apos;s previous step.</source>
        <translation>Thời điểm thực hiện bước này. Văn bản gửi người yêu cầu mang ngày này; không được ở tương lai hoặc trước bước trước đó của hồ sơ.</translation>
    </message>
    <message>
        <source>Not saved: this case was changed elsewhere (another window or program) since this form was opened. It has been reloaded; check it and confirm again, or Cancel.</source>
        <translation>Chưa lưu: hồ sơ này đã được thay đổi ở nơi khác (cửa sổ hoặc chương trình khác) sau khi mở biểu mẫu. Hồ sơ đã được tải lại; hãy kiểm tra rồi xác nhận lại, hoặc bấm Hủy.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Mở khóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Type the passphrase of this database.</source>
        <translation>Hãy nhập mật khẩu của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>This passphrase does not open the file. Check Caps Lock and the keyboard language, then try again. The file was not changed.</source>
        <translation>Mật khẩu này không mở được tệp. Hãy kiểm tra phím Caps Lock và kiểu gõ bàn phím rồi thử lại. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>This database is locked</source>
        <translation>Cơ sở dữ liệu đang bị khóa</translation>
    </message>
    <message>
        <source>Its contents are encrypted. Type its passphrase to open it.</source>
        <translation>Nội dung được mã hóa. Hãy nhập mật khẩu để mở.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Remember on this computer (system keyring)</source>
        <translation>Ghi nhớ trên máy tính này (kho mật khẩu của hệ thống)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Anyone who can log in as you on this computer can then open this file without the passphrase (its key is kept, not the passphrase). Lock now still asks for it.</source>
        <translation>Khi đó, bất kỳ ai đăng nhập được bằng tài khoản của bạn trên máy này đều mở được tệp mà không cần mật khẩu (chỉ lưu khóa mã hóa của tệp, không lưu mật khẩu). Khóa ngay vẫn hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>This computer has no system keyring that DPO Desk can use, so the passphrase cannot be remembered here.</source>
        <translation>Máy tính này không có kho mật khẩu của hệ thống mà DPO Desk dùng được, nên không thể ghi nhớ mật khẩu tại đây.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Incident {id} ({title}) is not closed: its evidence is kept until {years} years after it is remediated (DOMAIN D4.5); nothing was removed</source>
        <translation>Sự cố {id} ({title}) chưa đóng: chứng cứ của sự cố được lưu giữ đến {years} năm sau khi khắc phục xong (DOMAIN D4.5); chưa xóa gì</translation>
    </message>
    <message>
        <source>Incident {id} ({title}) was closed on {closed}: its evidence is kept until {until} ({years} years after remediation, DOMAIN D4.5); nothing was removed</source>
        <translation>Sự cố {id} ({title}) đã đóng ngày {closed}: chứng cứ của sự cố được lưu giữ đến {until} ({years} năm sau khi khắc phục, DOMAIN D4.5); chưa xóa gì</translation>
    </message>
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
        <source>unknown value {value!r}; valid: {valid}</source>
        <translation>giá trị không xác định {value!r}; các giá trị hợp lệ: {valid}</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Trường không xác định</translation>
    </message>
    <message>
        <source>Must be text</source>
        <translation>Phải là văn bản</translation>
    </message>
    <message>
        <source>Not a real date (expected YYYY-MM-DD)</source>
        <translation>Ngày không hợp lệ (định dạng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Lies in the future (today is {today})</source>
        <translation>Là ngày trong tương lai (hôm nay là {today})</translation>
    </message>
    <message>
        <source>Must be one of: {allowed}</source>
        <translation>Phải là một trong các giá trị: {allowed}</translation>
    </message>
    <message>
        <source>Must be true or false</source>
        <translation>Phải là đúng hoặc sai</translation>
    </message>
    <message>
        <source>Register entry {id} does not exist</source>
        <translation>Danh mục dữ liệu không có mục {id}</translation>
    </message>
    <message>
        <source>Not a real date or time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>Ngày hoặc giờ không hợp lệ (dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>Lies in the future (now is {now})</source>
        <translation>Ở thời điểm tương lai (bây giờ là {now})</translation>
    </message>
    <message>
        <source>Before the case was received ({received})</source>
        <translation>Trước ngày tiếp nhận hồ sơ ({received})</translation>
    </message>
    <message>
        <source>Before the case&apos;s previous step ({previous})</source>
        <translation>Trước bước trước đó của hồ sơ ({previous})</translation>
    </message>
    <message>
        <source>Unknown state (one of: {allowed})</source>
        <translation>Trạng thái không hợp lệ (chọn một trong: {allowed})</translation>
    </message>
    <message>
        <source>A case that is {current} cannot become {wanted} (allowed: {allowed})</source>
        <translation>Hồ sơ đang ở trạng thái {current} không thể chuyển sang {wanted} (được phép: {allowed})</translation>
    </message>
    <message>
        <source>Say why the case waits (e.g. the requester must send a document)</source>
        <translation>Nêu lý do hồ sơ phải chờ (ví dụ: người yêu cầu cần gửi thêm giấy tờ)</translation>
    </message>
    <message>
        <source>Write the reply before marking the case answered</source>
        <translation>Hãy soạn nội dung trả lời trước khi đánh dấu hồ sơ đã trả lời</translation>
    </message>
    <message>
        <source>Closing needs an outcome (one of: {allowed})</source>
        <translation>Khi đóng hồ sơ cần nêu kết quả (một trong: {allowed})</translation>
    </message>
    <message>
        <source>Only an answered case can be closed as completed</source>
        <translation>Chỉ hồ sơ đã trả lời mới được đóng với kết quả hoàn thành</translation>
    </message>
    <message>
        <source>Say why the request is rejected</source>
        <translation>Nêu lý do từ chối yêu cầu</translation>
    </message>
    <message>
        <source>Record the failed identity check first</source>
        <translation>Hãy ghi nhận lần xác minh danh tính không thành công trước</translation>
    </message>
    <message>
        <source>Only an open case can be extended (this one is {status})</source>
        <translation>Chỉ hồ sơ đang mở mới được gia hạn (hồ sơ này: {status})</translation>
    </message>
    <message>
        <source>This case was already extended once; the law allows one extension</source>
        <translation>Hồ sơ này đã được gia hạn một lần; pháp luật chỉ cho phép gia hạn một lần</translation>
    </message>
    <message>
        <source>The law allows no extension for this request ({source})</source>
        <translation>Pháp luật không cho phép gia hạn yêu cầu này ({source})</translation>
    </message>
    <message>
        <source>The due date {due} has passed: an extension must be announced before the deadline runs out, and the missed deadline stays on record</source>
        <translation>Đã quá hạn giải quyết {due}: việc gia hạn phải được thông báo trước khi hết hạn; việc quá hạn vẫn được lưu trong hồ sơ</translation>
    </message>
    <message>
        <source>Extend by 1 to {limit} days</source>
        <translation>Gia hạn từ 1 đến {limit} ngày</translation>
    </message>
    <message>
        <source>Give the reason that will be told to the requester</source>
        <translation>Nêu lý do sẽ thông báo cho người yêu cầu</translation>
    </message>
    <message>
        <source>Say how the identity was verified</source>
        <translation>Ghi rõ cách đã xác minh danh tính</translation>
    </message>
    <message>
        <source>Only an open case can have its identity checked (this one is {status})</source>
        <translation>Chỉ hồ sơ đang mở mới được xác minh danh tính (hồ sơ này: {status})</translation>
    </message>
    <message>
        <source>A time with its offset, e.g. 2026-03-02T09:30:00+07:00</source>
        <translation>Thời điểm kèm độ lệch múi giờ, ví dụ 2026-03-02T09:30:00+07:00</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Hồ sơ đã đóng</translation>
    </message>
    <message>
        <source>Website looks wrong (expected a domain such as senvang.vn or a web address such as https://senvang.vn)</source>
        <translation>Địa chỉ website không hợp lệ (cần tên miền như senvang.vn hoặc địa chỉ như https://senvang.vn)</translation>
    </message>
    <message>
        <source>Must be a real date written YYYY-MM-DD (e.g. 2018-03-15)</source>
        <translation>Phải là ngày hợp lệ, viết theo dạng YYYY-MM-DD (ví dụ 2018-03-15)</translation>
    </message>
    <message>
        <source>Must be one line of at most {limit} characters</source>
        <translation>Phải là một dòng, tối đa {limit} ký tự</translation>
    </message>
    <message>
        <source>Capital letters and digits, at most 20 (e.g. BVDLCN or SV-PC)</source>
        <translation>Chữ in hoa và chữ số, tối đa 20 ký tự (ví dụ BVDLCN hoặc SV-PC)</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to 90</source>
        <translation>Phải là số ngày nguyên từ 1 đến 90</translation>
    </message>
    <message>
        <source>Must be a whole number of minutes from 0 (never) to 240</source>
        <translation>Phải là số phút nguyên từ 0 (không bao giờ) đến 240</translation>
    </message>
    <message>
        <source>Must be a whole number of years from 1 to 50</source>
        <translation>Phải là số năm nguyên từ 1 đến 50</translation>
    </message>
    <message>
        <source>Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)</source>
        <translation>Múi giờ không hợp lệ (VD: Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>List of rest days such as sat,sun (mon tue wed thu fri sat sun)</source>
        <translation>Danh sách ngày nghỉ, ví dụ sat,sun (mon tue wed thu fri sat sun)</translation>
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
        <source>the file has a {type} {name} (on {table}) that schema {version} does not define: it was added behind the app&apos;s back</source>
        <translation>tệp có {type} {name} (trên {table}) mà lược đồ {version} không định nghĩa: đã được thêm ngoài ứng dụng</translation>
    </message>
    <message>
        <source>the {type} {name} (on {table}) of schema {version} is missing: it was dropped behind the app&apos;s back</source>
        <translation>{type} {name} (trên {table}) của lược đồ {version} bị thiếu: đã bị xóa ngoài ứng dụng</translation>
    </message>
    <message>
        <source>the {type} {name} (on {table}) differs from schema {version}: it was changed behind the app&apos;s back</source>
        <translation>{type} {name} (trên {table}) khác với lược đồ {version}: đã bị thay đổi ngoài ứng dụng</translation>
    </message>
    <message>
        <source>the record of the audit trail&apos;s last entry (meta audit_head) is damaged: {value}</source>
        <translation>thông tin về mục cuối cùng của nhật ký bị hỏng: {value}</translation>
    </message>
    <message>
        <source>the record of the audit trail&apos;s last entry is missing</source>
        <translation>thiếu thông tin về mục cuối cùng của nhật ký</translation>
    </message>
    <message>
        <source>the database&apos;s id (meta database_id) is missing or damaged: {value}</source>
        <translation>mã định danh của cơ sở dữ liệu bị thiếu hoặc hỏng: {value}</translation>
    </message>
    <message>
        <source>rolled back: this computer saw this database with {seen} audit entries, but the file ends at entry #{found}. It was replaced by an older copy or its last entries were cut; if you put a backup back on purpose, restore it through DPO Desk</source>
        <translation>bị quay lui: máy tính này đã thấy cơ sở dữ liệu này với {seen} mục nhật ký, nhưng tệp chỉ đến mục #{found}. Tệp đã bị thay bằng một bản cũ hơn hoặc các mục cuối đã bị cắt; nếu bạn cố ý đặt lại bản sao lưu, hãy khôi phục nó qua DPO Desk</translation>
    </message>
    <message>
        <source>rolled back: audit entry #{seen} differs from the one this computer saw: the file was replaced by another copy or its history was rewritten</source>
        <translation>bị quay lui: mục nhật ký #{seen} khác với mục mà máy tính này đã thấy: tệp đã bị thay bằng một bản khác hoặc lịch sử của nó đã bị viết lại</translation>
    </message>
    <message>
        <source>anchor {id}:{hash} does not hold: the file has no audit entry #{id}</source>
        <translation>mốc {id}:{hash} không còn đúng: tệp không có mục nhật ký #{id}</translation>
    </message>
    <message>
        <source>anchor {id}:{hash} does not hold: audit entry #{id} now has hash {found}: the history printed on the document was rewritten</source>
        <translation>mốc {id}:{hash} không còn đúng: mục nhật ký #{id} nay có mã băm {found}: lịch sử đã in trên văn bản đã bị viết lại</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its {field} no longer matches the hash its chain link covers</source>
        <translation>mục nhật ký #{id} ({table} {record}) đã bị sửa: giá trị {field} không còn khớp với mã băm mà mắt xích của nó bao phủ</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) is malformed: its {field} value is not valid JSON</source>
        <translation>mục nhật ký #{id} ({table} {record}) bị hỏng: giá trị {field} không phải JSON hợp lệ</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) is marked as erased by entry #{eraser}, which records no erasure: its content was changed behind the app&apos;s back</source>
        <translation>mục nhật ký #{id} ({table} {record}) được đánh dấu là đã xoá bởi mục #{eraser}, nhưng mục đó không ghi nhận việc xoá nào: nội dung của nó đã bị thay đổi ngoài ứng dụng</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was edited: its timeline event does not match its note</source>
        <translation>mục nhật ký #{id} ({table} {record}) đã bị sửa: sự kiện dòng thời gian của mục không khớp với ghi chú của nó</translation>
    </message>
    <message>
        <source>audit entry #{id} ({table} {record}) was re-sealed without the key: its seal does not match</source>
        <translation>mục nhật ký #{id} ({table} {record}) đã bị niêm phong lại mà không có khóa: dấu niêm phong không khớp</translation>
    </message>
    <message>
        <source>{count} audit entries (#{first} to #{last}) carry no seal: they were written or rewritten outside DPO Desk</source>
        <translation>{count} mục nhật ký (#{first} đến #{last}) không có dấu niêm phong: chúng đã được ghi hoặc ghi lại ngoài DPO Desk</translation>
    </message>
    <message>
        <source>{count} audit entries (#{first} to #{last}) are sealed with a key this computer does not have ({key}): they were sealed on another computer or by someone else. If the file came from your other computer, restore it through DPO Desk to seal it here</source>
        <translation>{count} mục nhật ký (#{first} đến #{last}) được niêm phong bằng một khóa mà máy tính này không có ({key}): chúng đã được niêm phong trên máy tính khác hoặc bởi người khác. Nếu tệp đến từ máy tính khác của bạn, hãy khôi phục nó qua DPO Desk để niêm phong tại đây</translation>
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
    <message>
        <source>is larger than {limit} MB</source>
        <translation>lớn hơn {limit} MB</translation>
    </message>
    <message>
        <source>is larger than {limit} KB</source>
        <translation>lớn hơn {limit} KB</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>không đọc được ({reason})</translation>
    </message>
    <message>
        <source>Discovery cannot come before the occurrence</source>
        <translation>Thời điểm phát hiện không thể trước thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Lies in the future</source>
        <translation>Là thời điểm trong tương lai</translation>
    </message>
    <message>
        <source>Must be a whole number, 0 or more</source>
        <translation>Phải là số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <source>Must be a list of names</source>
        <translation>Phải là danh sách tên</translation>
    </message>
    <message>
        <source>Discovered before 2026, so Decree 13/2023 applies: it required every violation to be notified. Record the decision to notify</source>
        <translation>Phát hiện trước năm 2026 nên áp dụng Nghị định 13/2023: mọi vi phạm đều phải được thông báo. Hãy ghi nhận quyết định thông báo</translation>
    </message>
    <message>
        <source>The minutes are final (kept as signed): their facts no longer change</source>
        <translation>Biên bản đã được lưu chính thức (như đã ký): các nội dung của biên bản không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>Only a correction of the times after the notice was sent can judge its lateness again</source>
        <translation>Chỉ khi đính chính thời điểm sau khi đã gửi thông báo mới có thể đánh giá lại việc thông báo đúng hạn</translation>
    </message>
    <message>
        <source>The notice to the authority was sent on {date}: changing what it states is a correction; give its reason (the notice kept as sent does not change)</source>
        <translation>Thông báo vi phạm đã được gửi cơ quan chức năng ngày {date}: thay đổi nội dung đã nêu trong thông báo là đính chính; hãy ghi lý do (thông báo đã lưu như đã gửi không thay đổi)</translation>
    </message>
    <message>
        <source>Only the steps that record a sending keep a file as sent (authority_notified, subjects_notified)</source>
        <translation>Chỉ bước ghi nhận việc gửi thông báo (đã thông báo cơ quan chuyên trách, đã thông báo chủ thể dữ liệu) mới lưu tệp đã gửi</translation>
    </message>
    <message>
        <source>This document is kept as sent already; it is never replaced</source>
        <translation>Văn bản này đã được lưu như đã gửi; không thể thay thế</translation>
    </message>
    <message>
        <source>The document cannot be made without the facts above: complete them, or give the file that was sent</source>
        <translation>Không lập được văn bản khi thiếu các thông tin trên: hãy bổ sung, hoặc chọn tệp đã gửi</translation>
    </message>
    <message>
        <source>An incident that is {current} cannot become {wanted} (allowed: {allowed})</source>
        <translation>Sự cố đang ở trạng thái {current} không thể chuyển sang {wanted} (được phép: {allowed})</translation>
    </message>
    <message>
        <source>Comes before the discovery</source>
        <translation>Trước thời điểm phát hiện</translation>
    </message>
    <message>
        <source>Comes before the incident&apos;s previous step ({previous})</source>
        <translation>Trước bước xử lý trước đó của sự cố ({previous})</translation>
    </message>
    <message>
        <source>Record the assessment: notify the authority or not, and why</source>
        <translation>Hãy ghi nhận đánh giá: có thông báo cho cơ quan chức năng hay không, và vì sao</translation>
    </message>
    <message>
        <source>Notify the authority before closing (or assess it as not to notify)</source>
        <translation>Hãy thông báo cho cơ quan chức năng trước khi đóng (hoặc đánh giá là không cần thông báo)</translation>
    </message>
    <message>
        <source>Say how the notice was sent: agency or portal</source>
        <translation>Nêu cách gửi thông báo: gửi trực tiếp cơ quan chức năng hay qua Cổng thông tin</translation>
    </message>
    <message>
        <source>The notice is late: give the reason for the delay</source>
        <translation>Thông báo bị trễ hạn: hãy ghi lý do chậm trễ</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>Thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>Fill in the company profile before printing letters (or print a draft)</source>
        <translation>Hãy điền hồ sơ doanh nghiệp trước khi in thư (hoặc in bản nháp)</translation>
    </message>
    <message>
        <source>Reply letters for a complaint without a reply text are refused</source>
        <translation>Không thể in thư trả lời khi hồ sơ chưa có nội dung trả lời</translation>
    </message>
    <message>
        <source>The case has not been extended: record the extension first</source>
        <translation>Hồ sơ chưa được gia hạn: hãy ghi nhận việc gia hạn trước</translation>
    </message>
    <message>
        <source>The extension was recorded on {day}: its notice cannot be dated earlier</source>
        <translation>Việc gia hạn được ghi nhận ngày {day}: thông báo gia hạn không thể ghi ngày sớm hơn</translation>
    </message>
    <message>
        <source>Missing: required for the breach documents; fill it in or print a draft</source>
        <translation>Còn thiếu: bắt buộc đối với hồ sơ sự cố; hãy điền bổ sung hoặc in bản nháp</translation>
    </message>
    <message>
        <source>The minutes are final already (kept as signed); they are written as kept, never drawn up again</source>
        <translation>Biên bản đã được lưu chính thức (như đã ký); chỉ xuất lại bản đã lưu, không lập lại</translation>
    </message>
    <message>
        <source>The final minutes are the Vietnamese original, never a draft</source>
        <translation>Biên bản chính thức là bản gốc tiếng Việt, không phải bản nháp</translation>
    </message>
    <message>
        <source>Too long (at most {limit} characters)</source>
        <translation>Quá dài (tối đa {limit} ký tự)</translation>
    </message>
    <message>
        <source>Contains a control character ({code}); remove it</source>
        <translation>Có ký tự điều khiển ({code}); hãy xóa ký tự này</translation>
    </message>
    <message>
        <source>Must be a date from {first} to {last}</source>
        <translation>Phải là một ngày từ năm {first} đến năm {last}</translation>
    </message>
    <message>
        <source>Must be a whole number of days from 1 to {most}</source>
        <translation>Phải là số ngày nguyên từ 1 đến {most}</translation>
    </message>
    <message>
        <source>The period is longer than {years} years; choose a shorter one</source>
        <translation>Khoảng thời gian dài hơn {years} năm; hãy chọn khoảng ngắn hơn</translation>
    </message>
    <message>
        <source>Must be a list</source>
        <translation>Phải là một danh sách</translation>
    </message>
    <message>
        <source>Name the countries the data goes to</source>
        <translation>Hãy nêu các nước nhận dữ liệu</translation>
    </message>
    <message>
        <source>Countries are given but the transfer abroad is set to no</source>
        <translation>Đã nêu nước nhận dữ liệu nhưng chưa đánh dấu chuyển dữ liệu ra nước ngoài</translation>
    </message>
    <message>
        <source>An entry named “{name}” is already in the register</source>
        <translation>Danh mục dữ liệu đã có mục tên “{name}”</translation>
    </message>
    <message>
        <source>Must be yes or no</source>
        <translation>Phải là có (yes) hoặc không (no)</translation>
    </message>
    <message>
        <source>Each recipient needs a name</source>
        <translation>Mỗi bên nhận dữ liệu cần có tên</translation>
    </message>
    <message>
        <source>Unknown data item {item}</source>
        <translation>Không rõ loại dữ liệu {item}</translation>
    </message>
    <message>
        <source>Must be basic or sensitive</source>
        <translation>Phải là cơ bản (basic) hoặc nhạy cảm (sensitive)</translation>
    </message>
    <message>
        <source>Marked basic but holds sensitive data: {items}</source>
        <translation>Ghi là cơ bản nhưng có dữ liệu nhạy cảm: {items}</translation>
    </message>
    <message>
        <source>The catalogue already has “{label}”</source>
        <translation>Danh sách dữ liệu mẫu đã có “{label}”</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save it from Excel as “CSV UTF-8”)</source>
        <translation>không phải văn bản UTF-8 (trong Excel, hãy lưu dưới dạng “CSV UTF-8”)</translation>
    </message>
    <message>
        <source>is not a valid CSV file ({reason})</source>
        <translation>không phải tệp CSV hợp lệ ({reason})</translation>
    </message>
    <message>
        <source>is empty: the first row must name the columns</source>
        <translation>trống: dòng đầu tiên phải ghi tên các cột</translation>
    </message>
    <message>
        <source>unknown column (expected: {expected})</source>
        <translation>cột không hợp lệ (các cột được dùng: {expected})</translation>
    </message>
    <message>
        <source>column given twice</source>
        <translation>cột bị lặp lại</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>thiếu cột</translation>
    </message>
    <message>
        <source>more cells ({cells}) than columns ({columns})</source>
        <translation>có nhiều ô ({cells}) hơn số cột ({columns})</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end})</source>
        <translation>Kỳ báo cáo bắt đầu ({start}) sau ngày kết thúc ({end})</translation>
    </message>
    <message>
        <source>wrong passphrase, or not a DPO Desk database ({detail}); the file was not changed</source>
        <translation>sai mật khẩu, hoặc không phải cơ sở dữ liệu DPO Desk ({detail}); tệp không bị thay đổi</translation>
    </message>
    <message>
        <source>wrong passphrase, or not a DPO Desk database; the file was not changed</source>
        <translation>sai mật khẩu, hoặc không phải cơ sở dữ liệu DPO Desk; tệp không bị thay đổi</translation>
    </message>
    <message>
        <source>no such database file; check the path, or create a new database with `dpo-desk init --db {file}`</source>
        <translation>không có tệp cơ sở dữ liệu này; hãy kiểm tra đường dẫn, hoặc tạo cơ sở dữ liệu mới bằng `dpo-desk init --db {file}`</translation>
    </message>
    <message>
        <source>already exists; nothing was changed (open it, or choose another name)</source>
        <translation>đã tồn tại; không có gì bị thay đổi (hãy mở tệp đó, hoặc chọn tên khác)</translation>
    </message>
    <message>
        <source>{table} {record} changed elsewhere since you opened it; reload it</source>
        <translation>{table} {record} đã bị thay đổi ở nơi khác sau khi bạn mở; hãy tải lại</translation>
    </message>
    <message>
        <source>{path}: the disk is full; the change was not saved (what was saved before is intact). Free some space, then try again.</source>
        <translation>{path}: ổ đĩa đã đầy; thay đổi chưa được lưu (những gì đã lưu trước đó vẫn nguyên vẹn). Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>{path}: the file or its folder is read-only; the change was not saved. Copy the database to a folder you may write to, or ask for write access.</source>
        <translation>{path}: tệp hoặc thư mục chứa tệp chỉ cho phép đọc; thay đổi chưa được lưu. Hãy chép cơ sở dữ liệu sang một thư mục bạn có quyền ghi, hoặc xin quyền ghi.</translation>
    </message>
    <message>
        <source>{path}: cannot be opened for writing ({error}). Is the folder or the disk read-only?</source>
        <translation>{path}: không mở được để ghi ({error}). Thư mục hoặc ổ đĩa có đang ở chế độ chỉ đọc không?</translation>
    </message>
    <message>
        <source>{path}: the disk could not be read or written ({error}); the change was not saved. The disk may be full, unplugged or failing.</source>
        <translation>{path}: không đọc hoặc ghi được ổ đĩa ({error}); thay đổi chưa được lưu. Ổ đĩa có thể đã đầy, đã bị rút ra hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>{path}: another window or program kept the database busy for more than {seconds} seconds; the change was not saved. Try again.</source>
        <translation>{path}: một cửa sổ hoặc chương trình khác giữ cơ sở dữ liệu bận quá {seconds} giây; thay đổi chưa được lưu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>{path}: SQLite reports damage ({error}); the change was not saved. Run the check, and restore a backup if needed.</source>
        <translation>{path}: SQLite báo tệp bị hỏng ({error}); thay đổi chưa được lưu. Hãy chạy kiểm tra, và khôi phục bản sao lưu nếu cần.</translation>
    </message>
    <message>
        <source>{path}: the database file was deleted, moved or replaced while it was open; the change was not saved. Make a backup now to keep what is still open, then open that copy.</source>
        <translation>{path}: tệp cơ sở dữ liệu đã bị xóa, di chuyển hoặc thay thế trong khi đang mở; thay đổi chưa được lưu. Hãy sao lưu ngay để giữ những gì đang mở, rồi mở bản sao đó.</translation>
    </message>
    <message>
        <source>has a sender (From) with line breaks, control or text-direction characters once decoded: a forged header</source>
        <translation>có người gửi (From) chứa ký tự xuống dòng, ký tự điều khiển hoặc đổi chiều văn bản sau khi giải mã: tiêu đề giả mạo</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not an e-mail</source>
        <translation>rỗng (0 byte): không phải thư</translation>
    </message>
    <message>
        <source>is larger than {limit} MB: save its attachments and attach them to the case one by one</source>
        <translation>lớn hơn {limit} MB: hãy lưu các tệp đính kèm và đính kèm từng tệp vào hồ sơ</translation>
    </message>
    <message>
        <source>is not an e-mail message (no From, Date or Subject header)</source>
        <translation>không phải thư điện tử (không có From, Date hay Subject)</translation>
    </message>
    <message>
        <source>holds messages nested more than {limit} deep</source>
        <translation>chứa thư lồng nhau sâu hơn {limit} cấp</translation>
    </message>
    <message>
        <source>has more than {limit} parts</source>
        <translation>có hơn {limit} phần</translation>
    </message>
    <message>
        <source>is not an Outlook message (.msg) that can be read ({reason})</source>
        <translation>không phải thư Outlook (.msg) đọc được ({reason})</translation>
    </message>
    <message>
        <source>is not an e-mail message</source>
        <translation>không phải thư điện tử</translation>
    </message>
    <message>
        <source>has no sender address (From): enter the requester by hand</source>
        <translation>không có địa chỉ người gửi (From): hãy nhập người yêu cầu bằng tay</translation>
    </message>
    <message>
        <source>names {count} senders (From): a forged or broken header</source>
        <translation>ghi {count} người gửi (From): tiêu đề giả mạo hoặc hỏng</translation>
    </message>
    <message>
        <source>has a sender address (From) that is not an e-mail address</source>
        <translation>có địa chỉ người gửi (From) không phải địa chỉ e-mail</translation>
    </message>
    <message>
        <source>has a sender name (From) showing {shown} while the message comes from {address}: a forged header</source>
        <translation>có tên người gửi (From) hiển thị {shown} trong khi thư gửi từ {address}: tiêu đề giả mạo</translation>
    </message>
    <message>
        <source>The message has no usable date (Date): enter the day it was received</source>
        <translation>Thư không có ngày dùng được (Date): hãy nhập ngày nhận</translation>
    </message>
    <message>
        <source>Say why the case is erased (the audit trail records it)</source>
        <translation>Hãy nêu lý do xoá hồ sơ (nhật ký sẽ ghi lại)</translation>
    </message>
    <message>
        <source>Case {id} is still open ({status}): only a closed case can be erased</source>
        <translation>Hồ sơ {id} vẫn đang mở ({status}): chỉ hồ sơ đã đóng mới được xoá</translation>
    </message>
    <message>
        <source>Case {id} was already erased</source>
        <translation>Hồ sơ {id} đã được xoá trước đó</translation>
    </message>
    <message>
        <source>Give the evidence a title: the notice lists it by its title</source>
        <translation>Hãy đặt tên cho tài liệu: thông báo liệt kê tài liệu theo tên này</translation>
    </message>
    <message>
        <source>A document kept as sent is not evidence to attach</source>
        <translation>Văn bản đã lưu như đã gửi không phải tài liệu gửi kèm</translation>
    </message>
    <message>
        <source>A document kept as sent is evidence of the sending: it is never removed</source>
        <translation>Văn bản đã lưu như đã gửi là bằng chứng của việc gửi: không thể xóa</translation>
    </message>
    <message>
        <source>is empty, not a DPO Desk backup</source>
        <translation>trống, không phải bản sao lưu của DPO Desk</translation>
    </message>
    <message>
        <source>fails SQLite&apos;s integrity check: {result}</source>
        <translation>không qua được bước kiểm tra toàn vẹn của SQLite: {result}</translation>
    </message>
    <message>
        <source>does not have the schema of its version {version}: {named}</source>
        <translation>không có lược đồ đúng với phiên bản {version} của nó: {named}</translation>
    </message>
    <message>
        <source>cannot be read as a database ({error})</source>
        <translation>không đọc được như một cơ sở dữ liệu ({error})</translation>
    </message>
    <message>
        <source>is empty (0 bytes): not a database; restore a backup, or create a new database with `dpo-desk init`</source>
        <translation>trống (0 byte): không phải cơ sở dữ liệu; hãy khôi phục một bản sao lưu, hoặc tạo cơ sở dữ liệu mới bằng `dpo-desk init`</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist; give the real path of the new database</source>
        <translation>là liên kết tới một tệp không tồn tại; hãy nhập đường dẫn thật của cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>does not have the schema of its version {version} ({named}); it was not upgraded. Restore a backup</source>
        <translation>không có lược đồ đúng với phiên bản {version} của nó ({named}); tệp chưa được nâng cấp. Hãy khôi phục một bản sao lưu</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>là một thư mục, không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket), not a database file</source>
        <translation>không phải tệp thông thường (là đường ống, thiết bị hoặc socket), không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>không đọc được ({error})</translation>
    </message>
    <message>
        <source>is not a SQLite database (not a DPO Desk file)</source>
        <translation>không phải cơ sở dữ liệu SQLite (không phải tệp của DPO Desk)</translation>
    </message>
    <message>
        <source>is a SQLite database of another application (application_id {id}), not a DPO Desk file</source>
        <translation>là cơ sở dữ liệu SQLite của một ứng dụng khác (application_id {id}), không phải tệp của DPO Desk</translation>
    </message>
    <message>
        <source>was written by a newer DPO Desk (schema {version}; this version knows up to schema {latest}). Update DPO Desk to open it; the file was not changed</source>
        <translation>được ghi bởi một phiên bản DPO Desk mới hơn (lược đồ {version}; phiên bản này chỉ biết tới lược đồ {latest}). Hãy cập nhật DPO Desk để mở tệp; tệp không bị thay đổi</translation>
    </message>
    <message>
        <source>the -wal name beside it ({wal}) is not a regular file (a pipe, a device or a folder); SQLite cannot use it. Move it away, then open the file again</source>
        <translation>tên -wal bên cạnh tệp ({wal}) không phải tệp thông thường (là đường ống, thiết bị hoặc thư mục); SQLite không dùng được. Hãy chuyển nó đi nơi khác rồi mở lại tệp</translation>
    </message>
    <message>
        <source>a -wal file ({wal}) lies beside a database that is absent or empty: it belongs to another file. Move it away, then open the file again</source>
        <translation>có tệp -wal ({wal}) nằm cạnh một cơ sở dữ liệu không tồn tại hoặc trống: nó thuộc về một tệp khác. Hãy chuyển nó đi nơi khác rồi mở lại tệp</translation>
    </message>
    <message>
        <source>its -wal file ({wal}) was written by another database (pages of {size} bytes, the database&apos;s are {own}); SQLite would apply it and damage the file. Move the -wal file away (restore a backup if data are missing)</source>
        <translation>tệp -wal của nó ({wal}) do một cơ sở dữ liệu khác ghi (trang {size} byte, trang của cơ sở dữ liệu này là {own}); SQLite sẽ áp dụng nó và làm hỏng tệp. Hãy chuyển tệp -wal đi nơi khác (khôi phục bản sao lưu nếu thiếu dữ liệu)</translation>
    </message>
    <message>
        <source>cannot read the database ({error}); run `dpo-desk check`, and restore a backup if needed</source>
        <translation>không đọc được cơ sở dữ liệu ({error}); hãy chạy `dpo-desk check` và khôi phục bản sao lưu nếu cần</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>Case recorded</source>
        <translation>Ghi nhận hồ sơ</translation>
    </message>
    <message>
        <source>{from} → {to}</source>
        <translation>{from} → {to}</translation>
    </message>
    <message>
        <source>Extended by {days} days to {due}: {reason}</source>
        <translation>Gia hạn thêm {days} ngày, đến {due}: {reason}</translation>
    </message>
    <message>
        <source>Extended by 1 day to {due}: {reason}</source>
        <translation>Gia hạn thêm 1 ngày, đến {due}: {reason}</translation>
    </message>
    <message>
        <source>Identity check: {result}</source>
        <translation>Xác minh danh tính: {result}</translation>
    </message>
    <message>
        <source>Deadlines recomputed after a change of the calendar</source>
        <translation>Tính lại thời hạn sau khi lịch thay đổi</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <source>Corrected after the notice was sent ({fields}): {reason}</source>
        <translation>Đính chính sau khi đã gửi thông báo ({fields}): {reason}</translation>
    </message>
    <message>
        <source>File attached: {name}</source>
        <translation>Đính kèm tệp: {name}</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Document kept as sent: {name}</source>
        <translation>Lưu văn bản như đã gửi: {name}</translation>
    </message>
    <message>
        <source>Notice to the authority kept as sent: {name}</source>
        <translation>Lưu thông báo gửi cơ quan chuyên trách như đã gửi: {name}</translation>
    </message>
    <message>
        <source>Final minutes kept as signed: {name}</source>
        <translation>Lưu biên bản chính thức như đã ký: {name}</translation>
    </message>
    <message>
        <source>Notice to the people affected kept as sent: {name}</source>
        <translation>Lưu thông báo cho chủ thể dữ liệu như đã gửi: {name}</translation>
    </message>
    <message>
        <source>Evidence “{title}”, sent with the notice</source>
        <translation>Tài liệu “{title}”, gửi kèm thông báo</translation>
    </message>
    <message>
        <source>Evidence “{title}”, kept on file only</source>
        <translation>Tài liệu “{title}”, chỉ lưu hồ sơ</translation>
    </message>
    <message>
        <source>From the e-mail {source}: {name}</source>
        <translation>Từ thư điện tử {source}: {name}</translation>
    </message>
    <message>
        <source>Personal data of complaint {complaint} erased ({fields}; attached files: {attachments}); reason: {reason}</source>
        <translation>Đã xóa dữ liệu cá nhân của hồ sơ {complaint} ({fields}; tệp đính kèm: {attachments}); lý do: {reason}</translation>
    </message>
    <message>
        <source>Attached file erased with complaint {complaint}</source>
        <translation>Xóa tệp đính kèm cùng hồ sơ {complaint}</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>Nhập từ tệp CSV</translation>
    </message>
    <message>
        <source>Duplicate of entry {entry}</source>
        <translation>Nhân bản từ mục {entry}</translation>
    </message>
    <message>
        <source>Imported from a privacy policy {source}</source>
        <translation>Nhập từ chính sách bảo mật {source}</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Demo evidence</source>
        <translation>Bằng chứng mẫu</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Database file upgraded (schema {version})</source>
        <translation>Tệp cơ sở dữ liệu được nâng cấp (lược đồ {version})</translation>
    </message>
    <message>
        <source>Database file upgraded (schema {version}): audit trail format 2, previous last entry {head}</source>
        <translation>Tệp cơ sở dữ liệu được nâng cấp (lược đồ {version}): nhật ký định dạng 2, mục cuối trước đó {head}</translation>
    </message>
    <message>
        <source>{text} ({outcome})</source>
        <translation>{text} ({outcome})</translation>
    </message>
    <message>
        <source>{text}: {reason}</source>
        <translation>{text}: {reason}</translation>
    </message>
    <message>
        <source>{text} ({method})</source>
        <translation>{text} ({method})</translation>
    </message>
</context>
</TS>
