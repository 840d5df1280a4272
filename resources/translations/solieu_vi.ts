<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {message}

Your saved work is safe.</source>
        <translation>Đã xảy ra lỗi: {message}

Các thay đổi đã lưu vẫn an toàn.</translation>
    </message>
    <message>
        <source>Details: {path}</source>
        <translation>Chi tiết: {path}</translation>
    </message>
    <message>
        <source>{problem}

Open the last good backup, saved {when}? It is copied to a new file next to the damaged one, which is left as it is.</source>
        <translation>{problem}

Mở bản sao lưu tốt gần nhất, lưu lúc {when}? Bản sao lưu được chép ra một tệp mới bên cạnh tệp bị hỏng; tệp bị hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Mở bản sao lưu</translation>
    </message>
    <message>
        <source>Cannot open the project: {message}</source>
        <translation>Không mở được dự án: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Cơ quan báo chí</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Published (YYYY-MM-DD)</source>
        <translation>Ngày đăn&amp;g (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Default &amp;place</source>
        <translation>Địa &amp;phương mặc định</translation>
    </message>
    <message>
        <source>Document properties: {name}</source>
        <translation>Thuộc tính văn bản: {name}</translation>
    </message>
    <message>
        <source>A figure whose text names no place takes the document&apos;s place; a period written without its year takes the year of the publication date.</source>
        <translation>Số liệu mà câu văn không nêu địa phương sẽ lấy địa phương của văn bản; thời kỳ viết không kèm năm sẽ lấy năm của ngày đăng.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Near-duplicate documents</source>
        <translation>Tài liệu gần trùng nhau</translation>
    </message>
    <message>
        <source>Enter or double-click: open document A in the review. Shift+Enter: document B. Shared: how much of the shorter document the other repeats; similarity: the passages both share over all of theirs.</source>
        <translation>Enter hoặc nhấp đúp: mở tài liệu A ở trang duyệt. Shift+Enter: tài liệu B. Trùng: phần của tài liệu ngắn hơn mà tài liệu kia lặp lại; độ giống: các đoạn chung trên tổng số đoạn của cả hai.</translation>
    </message>
    <message>
        <source>Comparing the documents…</source>
        <translation>Đang so sánh các tài liệu…</translation>
    </message>
    <message>
        <source>No two documents of the project share passages.</source>
        <translation>Không có hai tài liệu nào trong dự án có đoạn văn chung.</translation>
    </message>
    <message>
        <source>{n} pairs of documents share passages.</source>
        <translation>{n} cặp tài liệu có đoạn văn chung.</translation>
    </message>
    <message>
        <source>One pair of documents shares passages.</source>
        <translation>Một cặp tài liệu có đoạn văn chung.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Document A</source>
        <translation>Tài liệu A</translation>
    </message>
    <message>
        <source>Document B</source>
        <translation>Tài liệu B</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Độ giống</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Jaccard similarity of the two texts: the passages they share over all their passages</source>
        <translation>Độ giống Jaccard của hai văn bản: các đoạn chung trên tổng số đoạn của cả hai</translation>
    </message>
    <message>
        <source>Share of the shorter document&apos;s passages found in the other</source>
        <translation>Tỷ lệ các đoạn của tài liệu ngắn hơn có trong tài liệu kia</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporting to {name}</source>
        <translation>Đang xuất ra {name}</translation>
    </message>
    <message>
        <source>{name} is open in another program (a spreadsheet). Close it there and export again; the existing file is unchanged.</source>
        <translation>{name} đang mở trong một chương trình khác (bảng tính). Hãy đóng nó ở đó rồi xuất lại; tệp hiện có không bị thay đổi.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another folder. The existing file is unchanged.</source>
        <translation>Thư mục {folder} chỉ đọc; hãy chọn thư mục khác. Tệp hiện có không bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} là một thư mục; hãy chọn tên tệp.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}</source>
        <translation>Không ghi được {name}: {reason}</translation>
    </message>
    <message>
        <source>The workbook {name} was written.</source>
        <translation>Tệp Excel {name} đã được ghi.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Choose where the workbook goes</source>
        <translation>Chọn nơi lưu tệp Excel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Confirmed statistics only</source>
        <translation>Chỉ các số liệu đã &amp;xác nhận</translation>
    </message>
    <message>
        <source>Everything not re&amp;jected</source>
        <translation>Mọi số liệu chưa bị &amp;loại</translation>
    </message>
    <message>
        <source>English (column names for scripts)</source>
        <translation>Tiếng Anh (tên cột cho chương trình, công thức)</translation>
    </message>
    <message>
        <source>Vietnamese (column names for readers)</source>
        <translation>Tiếng Việt (tên cột cho người đọc)</translation>
    </message>
    <message>
        <source>Sheet names stay in English, so formulas that read the workbook keep working.</source>
        <translation>Tên các trang tính vẫn bằng tiếng Anh, để các công thức đọc tệp vẫn chạy đúng.</translation>
    </message>
    <message>
        <source>Also write the &amp;Statistics sheet as CSV</source>
        <translation>Ghi thêm trang &amp;Statistics thành tệp CSV</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Tệp Excel:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Gồm:</translation>
    </message>
    <message>
        <source>Column &amp;headers:</source>
        <translation>Tên &amp;cột:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{name} next to the workbook (UTF-8, opens in Excel)</source>
        <translation>{name} cạnh tệp Excel (UTF-8, mở được bằng Excel)</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>“{text}” is not a number (try 1.800 triệu, 76,2 or 25,1%)</source>
        <translation>“{text}” không phải là số (ví dụ 1.800 triệu, 76,2 hoặc 25,1%)</translation>
    </message>
    <message>
        <source>“{text}” is not a period (try 2025, 6 tháng đầu năm 2025, quý 3/2025 or 2025-01/2025-06)</source>
        <translation>“{text}” không phải là một thời kỳ (thử 2025, 6 tháng đầu năm 2025, quý 3/2025 hoặc 2025-01/2025-06)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>đã loại</translation>
    </message>
    <message>
        <source>about</source>
        <translation>khoảng</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>gần</translation>
    </message>
    <message>
        <source>over</source>
        <translation>hơn</translation>
    </message>
    <message>
        <source>under</source>
        <translation>dưới</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>ước đạt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>{place}: the document&apos;s place (the text names none for this figure)</source>
        <translation>{place}: địa phương của văn bản (câu không nêu địa phương cho số liệu này)</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Sửa {field}</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Move to another group</source>
        <translation>Chuyển sang nhóm khác</translation>
    </message>
    <message>
        <source>Move “{what}” to the group:</source>
        <translation>Chuyển “{what}” sang nhóm:</translation>
    </message>
    <message>
        <source>Type to filter: value, measure, place, period</source>
        <translation>Gõ để lọc: giá trị, chỉ tiêu, địa bàn, thời kỳ</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>unreviewed</source>
        <translation>chưa duyệt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document and sentence</source>
        <translation>Bài viết và câu</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>The reports disagree: choose the winning value (W)</source>
        <translation>Các bài báo không khớp nhau: chọn giá trị đúng (W)</translation>
    </message>
    <message>
        <source>A consistency check fails for this group</source>
        <translation>Nhóm này không qua một phép kiểm tra nhất quán</translation>
    </message>
    <message>
        <source>The members differ here</source>
        <translation>Các số liệu khác nhau ở đây</translation>
    </message>
    <message>
        <source>The winning value</source>
        <translation>Giá trị được chọn</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 có BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1258 (detected)</source>
        <translation>Windows-1258 (nhận diện)</translation>
    </message>
    <message>
        <source>TCVN3 / ABC (detected)</source>
        <translation>TCVN3 / ABC (nhận diện)</translation>
    </message>
    <message>
        <source>VNI (detected)</source>
        <translation>VNI (nhận diện)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Tài liệu Word (.docx)</translation>
    </message>
    <message>
        <source>PDF text layer</source>
        <translation>Lớp chữ của PDF</translation>
    </message>
    <message>
        <source>Windows-1258</source>
        <translation>Windows-1258</translation>
    </message>
    <message>
        <source>TCVN3 / ABC</source>
        <translation>TCVN3 / ABC</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>Web page, {charset}</source>
        <translation>Trang web, {charset}</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} already in the project, {failed} could not be read.</source>
        <translation>Đã nhập {imported}, {skipped} đã có trong dự án, {failed} không đọc được.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported so far are kept.</source>
        <translation>Đã huỷ nhập; các tệp đã nhập trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>The encoding of {n} file(s) was recognised from the bytes (an old Vietnamese encoding): check that their text reads right.</source>
        <translation>Bảng mã của {n} tệp được nhận diện từ nội dung (một bảng mã tiếng Việt cũ): hãy kiểm tra văn bản hiển thị đúng.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc theo</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>Không đọc được: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Bỏ qua: {reason}</translation>
    </message>
    <message>
        <source>Figure left out or corrected: {reason}</source>
        <translation>Số liệu bị bỏ qua hoặc được sửa: {reason}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Imported, {n} figures</source>
        <translation>Đã nhập, {n} số liệu</translation>
    </message>
    <message>
        <source>{encoding} (chosen)</source>
        <translation>{encoding} (bạn chọn)</translation>
    </message>
    <message>
        <source>{encoding}: chosen by you; the loader had recognised {detected}. The text and its figures were read again.</source>
        <translation>{encoding}: do bạn chọn; lúc nhập, bảng mã được nhận diện là {detected}. Văn bản và các số liệu của nó đã được đọc lại.</translation>
    </message>
    <message>
        <source>{encoding}: recognised from the bytes, not declared by the file. Check that the text reads right.</source>
        <translation>{encoding}: nhận diện từ nội dung, tệp không khai báo. Hãy kiểm tra văn bản hiển thị đúng.</translation>
    </message>
    <message>
        <source>Choose another encoding to read the file again.</source>
        <translation>Chọn bảng mã khác để đọc lại tệp.</translation>
    </message>
    <message>
        <source>Only {kept} of the page&apos;s {visible} visible characters were kept as its article</source>
        <translation>Chỉ giữ {kept} trong số {visible} ký tự hiển thị của trang làm nội dung bài</translation>
    </message>
    <message>
        <source>Import the whole page</source>
        <translation>Nhập toàn bộ trang</translation>
    </message>
    <message>
        <source>Whole page read: {n} figures</source>
        <translation>Đã đọc toàn bộ trang: {n} số liệu</translation>
    </message>
    <message>
        <source>Read {name} as</source>
        <translation>Đọc {name} theo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter documents</source>
        <translation>Lọc tài liệu</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Filter figures (Ctrl+F)</source>
        <translation>Lọc số liệu (Ctrl+F)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>Review (Ctrl+1)</source>
        <translation>Duyệt (Ctrl+1)</translation>
    </message>
    <message>
        <source>Reconcile (Ctrl+2)</source>
        <translation>Đối chiếu (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Dự án &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Nhập &amp;thư mục…</translation>
    </message>
    <message>
        <source>Last import &amp;report…</source>
        <translation>&amp;Kết quả lần nhập gần nhất…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Add figure from selection</source>
        <translation>&amp;Thêm số liệu từ đoạn chọn</translation>
    </message>
    <message>
        <source>&amp;Delete figure</source>
        <translation>&amp;Xoá số liệu</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>&amp;Thuộc tính văn bản…</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>&amp;Sửa ô</translation>
    </message>
    <message>
        <source>&amp;Confirm and next</source>
        <translation>&amp;Xác nhận và sang tiếp</translation>
    </message>
    <message>
        <source>&amp;Reject and next</source>
        <translation>&amp;Loại và sang tiếp</translation>
    </message>
    <message>
        <source>Back to &amp;pending</source>
        <translation>Trở về &amp;chờ duyệt</translation>
    </message>
    <message>
        <source>Confirm &amp;selected rows</source>
        <translation>Xác nhận các &amp;dòng đã chọn</translation>
    </message>
    <message>
        <source>Ne&amp;xt figure</source>
        <translation>Số liệu &amp;sau</translation>
    </message>
    <message>
        <source>Pre&amp;vious figure</source>
        <translation>Số liệu &amp;trước</translation>
    </message>
    <message>
        <source>Next pe&amp;nding figure</source>
        <translation>Số liệu chờ duyệt &amp;kế tiếp</translation>
    </message>
    <message>
        <source>Next &amp;document</source>
        <translation>Tài liệu s&amp;au</translation>
    </message>
    <message>
        <source>Previous d&amp;ocument</source>
        <translation>Tài liệu tr&amp;ước</translation>
    </message>
    <message>
        <source>&amp;Filter figures</source>
        <translation>&amp;Lọc số liệu</translation>
    </message>
    <message>
        <source>Figures of &amp;all documents</source>
        <translation>Số liệu của &amp;mọi tài liệu</translation>
    </message>
    <message>
        <source>Table &amp;below the article</source>
        <translation>Bảng nằm &amp;dưới bài viết</translation>
    </message>
    <message>
        <source>&amp;Review figures</source>
        <translation>&amp;Duyệt số liệu</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Đối &amp;chiếu</translation>
    </message>
    <message>
        <source>&amp;Accept group and next</source>
        <translation>&amp;Chấp nhận nhóm và sang tiếp</translation>
    </message>
    <message>
        <source>&amp;Split member out</source>
        <translation>&amp;Tách số liệu ra khỏi nhóm</translation>
    </message>
    <message>
        <source>&amp;Move member to another group…</source>
        <translation>&amp;Chuyển số liệu sang nhóm khác…</translation>
    </message>
    <message>
        <source>Member&apos;s value &amp;wins</source>
        <translation>Chọn giá trị &amp;này là đúng</translation>
    </message>
    <message>
        <source>Mer&amp;ge into another group…</source>
        <translation>&amp;Gộp vào nhóm khác…</translation>
    </message>
    <message>
        <source>Re&amp;open the group</source>
        <translation>&amp;Mở lại nhóm</translation>
    </message>
    <message>
        <source>&amp;Conflicts only</source>
        <translation>Chỉ các nhóm &amp;mâu thuẫn</translation>
    </message>
    <message>
        <source>&amp;Unreviewed only</source>
        <translation>Chỉ các nhóm chưa &amp;duyệt</translation>
    </message>
    <message>
        <source>&amp;Near-duplicate documents…</source>
        <translation>Tài liệu &amp;gần trùng nhau…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About Solieu</source>
        <translation>&amp;Giới thiệu Solieu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The change was not saved: {message}</source>
        <translation>Thay đổi chưa được lưu: {message}</translation>
    </message>
    <message>
        <source>Solieu</source>
        <translation>Solieu</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>Chưa mở {name}.</translation>
    </message>
    <message>
        <source>Opened a copy of the last good backup: {path}</source>
        <translation>Đã mở bản chép của bản sao lưu tốt gần nhất: {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>Solieu projects (*.solieu)</source>
        <translation>Dự án Solieu (*.solieu)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
        <translation>Bài viết (*.txt *.md *.html *.htm *.docx *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Nhập một thư mục bài viết</translation>
    </message>
    <message>
        <source>Wait until the running import or export has finished</source>
        <translation>Hãy chờ lượt nhập hoặc xuất đang chạy kết thúc</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>Đang nhập bài viết</translation>
    </message>
    <message>
        <source>{n} documents imported</source>
        <translation>Đã nhập {n} tài liệu</translation>
    </message>
    <message>
        <source>Reading the file again</source>
        <translation>Đang đọc lại tệp</translation>
    </message>
    <message>
        <source>Read again: {n} figures</source>
        <translation>Đã đọc lại: {n} số liệu</translation>
    </message>
    <message>
        <source>The file was not read again: {message}</source>
        <translation>Không đọc lại được tệp: {message}</translation>
    </message>
    <message>
        <source>Choose a document first</source>
        <translation>Hãy chọn một văn bản trước</translation>
    </message>
    <message>
        <source>Document properties</source>
        <translation>Thuộc tính văn bản</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>Việc nhập bị dừng: {message}</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Đang xuất ra Excel</translation>
    </message>
    <message>
        <source>Export cancelled; the existing file is unchanged.</source>
        <translation>Đã huỷ xuất; tệp hiện có không bị thay đổi.</translation>
    </message>
    <message>
        <source>Exported to {paths}</source>
        <translation>Đã xuất ra {paths}</translation>
    </message>
    <message>
        <source>The export stopped: {message}</source>
        <translation>Việc xuất bị dừng: {message}</translation>
    </message>
    <message>
        <source>About Solieu</source>
        <translation>Giới thiệu Solieu</translation>
    </message>
    <message>
        <source>Solieu {version}
Review the statistics that news articles report.</source>
        <translation>Solieu {version}
Duyệt số liệu thống kê trong các bài báo.</translation>
    </message>
    <message>
        <source>The language changes the next time Solieu starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại Solieu.</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>kind of unit</source>
        <translation>loại đơn vị</translation>
    </message>
    <message>
        <source>counted noun</source>
        <translation>danh từ đếm</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa bàn</translation>
    </message>
    <message>
        <source>period</source>
        <translation>thời kỳ</translation>
    </message>
    <message>
        <source>Grouping the statistics</source>
        <translation>Đang nhóm các số liệu</translation>
    </message>
    <message>
        <source>Grouping failed: {message}</source>
        <translation>Không nhóm được số liệu: {message}</translation>
    </message>
    <message>
        <source>≈ near-duplicate of {name}: {shared}% shared, similarity {score}%</source>
        <translation>≈ gần trùng với {name}: trùng {shared}%, độ giống {score}%</translation>
    </message>
    <message>
        <source>{n} groups · {c} conflicts · {o} to review</source>
        <translation>{n} nhóm · {c} mâu thuẫn · {o} cần duyệt</translation>
    </message>
    <message>
        <source>{n} documents, {status}</source>
        <translation>{n} bài viết, {status}</translation>
    </message>
    <message>
        <source>Decided by the reviewer: these mentions report one statistic.</source>
        <translation>Người duyệt đã quyết định: các số liệu này là cùng một chỉ tiêu thống kê.</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Mâu thuẫn:</translation>
    </message>
    <message>
        <source>the same measure, place and period, but the values differ beyond rounding. Select the right member and press W.</source>
        <translation>cùng chỉ tiêu, địa bàn và thời kỳ nhưng giá trị chênh nhau quá mức làm tròn. Chọn số liệu đúng rồi nhấn W.</translation>
    </message>
    <message>
        <source>Grouped because the mentions agree on: {keys}.</source>
        <translation>Được nhóm lại vì các số liệu khớp nhau về: {keys}.</translation>
    </message>
    <message>
        <source>Measures alike: {score}%.</source>
        <translation>Độ giống của chỉ tiêu: {score}%.</translation>
    </message>
    <message>
        <source>Winning value: {text} ({document}).</source>
        <translation>Giá trị được chọn: {text} ({document}).</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Accept group</source>
        <translation>Chấp nhận nhóm</translation>
    </message>
    <message>
        <source>Last group of the list</source>
        <translation>Nhóm cuối cùng của danh sách</translation>
    </message>
    <message>
        <source>Split a mention out</source>
        <translation>Tách một số liệu ra khỏi nhóm</translation>
    </message>
    <message>
        <source>{text} ({document}) is no longer in this group</source>
        <translation>{text} ({document}) không còn trong nhóm này</translation>
    </message>
    <message>
        <source>Choose the winning value</source>
        <translation>Chọn giá trị đúng</translation>
    </message>
    <message>
        <source>There is no other group to move it to</source>
        <translation>Không có nhóm nào khác để chuyển sang</translation>
    </message>
    <message>
        <source>Move a mention to another group</source>
        <translation>Chuyển một số liệu sang nhóm khác</translation>
    </message>
    <message>
        <source>There is no other group to merge with</source>
        <translation>Không có nhóm nào khác để gộp vào</translation>
    </message>
    <message>
        <source>Merge into another group</source>
        <translation>Gộp vào nhóm khác</translation>
    </message>
    <message>
        <source>✓ The change {change} fits {before} → {after} ({implied})</source>
        <translation>✓ Mức thay đổi {change} khớp với {before} → {after} ({implied})</translation>
    </message>
    <message>
        <source>⚠ The change {change} does not fit {before} → {after} ({implied})</source>
        <translation>⚠ Mức thay đổi {change} không khớp với {before} → {after} ({implied})</translation>
    </message>
    <message>
        <source>✓ Consistent total: {parts} = {total} {unit}</source>
        <translation>✓ Tổng khớp: {parts} = {total} {unit}</translation>
    </message>
    <message>
        <source>⚠ Inconsistent total: {total} ≠ {parts} = {sum} {unit}</source>
        <translation>⚠ Tổng không khớp: {total} ≠ {parts} = {sum} {unit}</translation>
    </message>
    <message>
        <source>Merge two groups</source>
        <translation>Gộp hai nhóm</translation>
    </message>
    <message>
        <source>Reopen group</source>
        <translation>Mở lại nhóm</translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message>
        <source>Conflicts only (C)</source>
        <translation>Chỉ mâu thuẫn (C)</translation>
    </message>
    <message>
        <source>Unreviewed only (U)</source>
        <translation>Chỉ chưa duyệt (U)</translation>
    </message>
    <message>
        <source>Space/A accept the group and go to the next · S split the member out · M move it to another group · W make it the winning value · G merge the group into another · O reopen it · Tab: groups ↔ members</source>
        <translation>Space/A chấp nhận nhóm và sang nhóm tiếp · S tách số liệu ra · M chuyển sang nhóm khác · W chọn giá trị này là đúng · G gộp nhóm vào nhóm khác · O mở lại nhóm · Tab: nhóm ↔ số liệu</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Last figure of the list; N goes to the next pending figure</source>
        <translation>Đã đến số liệu cuối danh sách; phím N sang số liệu chờ duyệt kế tiếp</translation>
    </message>
    <message>
        <source>Every figure has been reviewed</source>
        <translation>Mọi số liệu đã được duyệt</translation>
    </message>
    <message>
        <source>Confirm figure</source>
        <translation>Xác nhận số liệu</translation>
    </message>
    <message>
        <source>Reject figure</source>
        <translation>Loại số liệu</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Trở về chờ duyệt</translation>
    </message>
    <message>
        <source>Confirm {n} figures</source>
        <translation>Xác nhận {n} số liệu</translation>
    </message>
    <message>
        <source>Delete figure</source>
        <translation>Xoá số liệu</translation>
    </message>
    <message>
        <source>Select the missed figure in the article text first, then press A</source>
        <translation>Hãy chọn số liệu bị sót trong bài viết rồi nhấn A</translation>
    </message>
    <message>
        <source>There is no number in “{text}”.</source>
        <translation>Không có số nào trong “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” is already a figure; it is selected now</source>
        <translation>“{text}” đã là một số liệu; số liệu đó đang được chọn</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Thêm số liệu</translation>
    </message>
    <message>
        <source>Figure added; F2 corrects its value</source>
        <translation>Đã thêm số liệu; F2 để sửa giá trị</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigate</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Next figure (in the table)</source>
        <translation>Số liệu sau (trong bảng)</translation>
    </message>
    <message>
        <source>Previous figure (in the table)</source>
        <translation>Số liệu trước (trong bảng)</translation>
    </message>
    <message>
        <source>Next figure</source>
        <translation>Số liệu sau</translation>
    </message>
    <message>
        <source>Previous figure</source>
        <translation>Số liệu trước</translation>
    </message>
    <message>
        <source>Next pending figure (all documents)</source>
        <translation>Số liệu chờ duyệt kế tiếp (mọi tài liệu)</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Tài liệu sau</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Tài liệu trước</translation>
    </message>
    <message>
        <source>Filter the figures</source>
        <translation>Lọc số liệu</translation>
    </message>
    <message>
        <source>Figures of all documents / this one</source>
        <translation>Số liệu của mọi tài liệu / tài liệu này</translation>
    </message>
    <message>
        <source>Confirm and go to the next figure</source>
        <translation>Xác nhận và sang số liệu sau</translation>
    </message>
    <message>
        <source>Reject and go to the next figure</source>
        <translation>Loại và sang số liệu sau</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Trở về chờ duyệt</translation>
    </message>
    <message>
        <source>Confirm the selected rows</source>
        <translation>Xác nhận các dòng đã chọn</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Sửa ô hiện tại</translation>
    </message>
    <message>
        <source>Add a figure from the text selection</source>
        <translation>Thêm số liệu từ đoạn văn bản đã chọn</translation>
    </message>
    <message>
        <source>Delete the figure</source>
        <translation>Xoá số liệu</translation>
    </message>
    <message>
        <source>Document properties: source, date, default place</source>
        <translation>Thuộc tính văn bản: nguồn, ngày đăng, địa phương mặc định</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Review the figures</source>
        <translation>Duyệt số liệu</translation>
    </message>
    <message>
        <source>Reconcile: one statistic across documents</source>
        <translation>Đối chiếu: một chỉ tiêu qua nhiều bài viết</translation>
    </message>
    <message>
        <source>Groups ↔ members</source>
        <translation>Nhóm ↔ số liệu trong nhóm</translation>
    </message>
    <message>
        <source>Accept the group and go to the next</source>
        <translation>Chấp nhận nhóm và sang nhóm tiếp</translation>
    </message>
    <message>
        <source>Split the selected member out of its group</source>
        <translation>Tách số liệu đang chọn ra khỏi nhóm</translation>
    </message>
    <message>
        <source>Move the selected member to another group</source>
        <translation>Chuyển số liệu đang chọn sang nhóm khác</translation>
    </message>
    <message>
        <source>Merge the group into another group</source>
        <translation>Gộp nhóm này vào một nhóm khác</translation>
    </message>
    <message>
        <source>Reopen an accepted group</source>
        <translation>Mở lại một nhóm đã chấp nhận</translation>
    </message>
    <message>
        <source>The selected member&apos;s value wins (resolves a conflict)</source>
        <translation>Chọn giá trị của số liệu đang chọn là đúng (giải quyết mâu thuẫn)</translation>
    </message>
    <message>
        <source>Conflicts only / all groups</source>
        <translation>Chỉ nhóm mâu thuẫn / mọi nhóm</translation>
    </message>
    <message>
        <source>Unreviewed groups only / all groups</source>
        <translation>Chỉ nhóm chưa duyệt / mọi nhóm</translation>
    </message>
    <message>
        <source>Near-duplicate documents, with their scores</source>
        <translation>Các tài liệu gần trùng nhau, kèm điểm</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>Export to Excel (and CSV)</source>
        <translation>Xuất ra Excel (và CSV)</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
</TS>
