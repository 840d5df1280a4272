<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement and adjudication</source>
        <translation>Mức thống nhất và phân xử</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>Người duyệt thứ hai</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>First reviewer</source>
        <translation>Người duyệt thứ nhất</translation>
    </message>
    <message>
        <source>Take &amp;first (F)</source>
        <translation>Lấy bản người thứ &amp;nhất (F)</translation>
    </message>
    <message>
        <source>Take &amp;second (S)</source>
        <translation>Lấy bản người thứ &amp;hai (S)</translation>
    </message>
    <message>
        <source>Percent of the figures both decided, Cohen&apos;s kappa (1 perfect, 0 chance), how many:</source>
        <translation>Tỷ lệ thống nhất trên các số liệu cả hai đã quyết định, hệ số kappa của Cohen (1 là hoàn toàn, 0 là ngẫu nhiên), số lượng:</translation>
    </message>
    <message>
        <source>Disagreements of the selected document:</source>
        <translation>Các điểm không thống nhất của văn bản đang chọn:</translation>
    </message>
    <message>
        <source>(all documents)</source>
        <translation>(mọi văn bản)</translation>
    </message>
    <message>
        <source>Select a document to adjudicate its disagreements.</source>
        <translation>Chọn một văn bản để phân xử các điểm không thống nhất.</translation>
    </message>
    <message>
        <source>{n} to adjudicate; {done} adjudicated</source>
        <translation>{n} cần phân xử; {done} đã phân xử</translation>
    </message>
    <message>
        <source>take the second reviewer&apos;s “{what}”</source>
        <translation>lấy bản “{what}” của người duyệt thứ hai</translation>
    </message>
    <message>
        <source>keep the first reviewer&apos;s “{what}”</source>
        <translation>giữ bản “{what}” của người duyệt thứ nhất</translation>
    </message>
</context>
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
    <name>Claims</name>
    <message>
        <source>You are reviewing this document; the others see it.</source>
        <translation>Bạn đang duyệt văn bản này; những người khác thấy điều đó.</translation>
    </message>
    <message>
        <source>{reviewer} has been reviewing this document since {since}.</source>
        <translation>{reviewer} đang duyệt văn bản này từ {since}.</translation>
    </message>
    <message>
        <source>Claimed by someone else</source>
        <translation>Người khác đang duyệt</translation>
    </message>
    <message>
        <source>Take it over</source>
        <translation>Nhận lại để duyệt</translation>
    </message>
    <message>
        <source>Leave it to them</source>
        <translation>Để người đó duyệt</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>change</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Unit class</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Từ đồng nghĩa</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>Filter by name, synonym or code (Ctrl+F)</source>
        <translation>Lọc theo tên, từ đồng nghĩa hoặc mã (Ctrl+F)</translation>
    </message>
    <message>
        <source>other names, separated by “; ”</source>
        <translation>các tên khác, cách nhau bằng “; ”</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>level</source>
        <translation>mức</translation>
    </message>
    <message>
        <source>change (growth, increase)</source>
        <translation>mức thay đổi (tăng trưởng, tăng thêm)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>Tên tiếng Anh:</translation>
    </message>
    <message>
        <source>Unit class:</source>
        <translation>Loại đơn vị:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Thay đổi:</translation>
    </message>
    <message>
        <source>Synonyms:</source>
        <translation>Từ đồng nghĩa:</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Examples (select some, then Split):</source>
        <translation>Ví dụ (chọn một số rồi Tách):</translation>
    </message>
    <message>
        <source>Ins new entry · F2 rename · M merge the selected entries into the current one (or drag them onto it) · S split the selected examples into a new entry · Shift+M move them to another entry · Del delete an entry without figures · Ctrl+F filter</source>
        <translation>Ins thêm chỉ tiêu · F2 đổi tên · M gộp các chỉ tiêu đã chọn vào chỉ tiêu hiện tại (hoặc kéo thả vào nó) · S tách các ví dụ đã chọn thành chỉ tiêu mới · Shift+M chuyển chúng sang chỉ tiêu khác · Del xoá chỉ tiêu chưa có số liệu · Ctrl+F lọc</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Merge selected into current</source>
        <translation>Gộp các mục đã chọn vào mục hiện tại</translation>
    </message>
    <message>
        <source>Split examples into a new entry</source>
        <translation>Tách ví dụ thành chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Move examples to another entry</source>
        <translation>Chuyển ví dụ sang chỉ tiêu khác</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del): only entries without figures</source>
        <translation>Xoá các chỉ tiêu đã chọn (Del): chỉ những chỉ tiêu chưa có số liệu</translation>
    </message>
    <message>
        <source>No entry is selected.</source>
        <translation>Chưa chọn chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>The codebook is empty: Ins adds an entry.</source>
        <translation>Danh mục chỉ tiêu đang trống: Ins để thêm chỉ tiêu.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} figures.</source>
        <translation>{shown} số liệu đầu tiên trong {count}.</translation>
    </message>
    <message>
        <source>No figure is linked to this entry yet.</source>
        <translation>Chưa có số liệu nào gắn với chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Name of the indicator:</source>
        <translation>Tên chỉ tiêu:</translation>
    </message>
    <message>
        <source>New entry “{name}”</source>
        <translation>Chỉ tiêu mới “{name}”</translation>
    </message>
    <message>
        <source>Rename entry</source>
        <translation>Đổi tên chỉ tiêu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Rename entry “{name}”</source>
        <translation>Đổi tên chỉ tiêu “{name}”</translation>
    </message>
    <message>
        <source>Edit entry “{name}”</source>
        <translation>Sửa chỉ tiêu “{name}”</translation>
    </message>
    <message>
        <source>Ctrl+click the entries to merge, the one to keep last</source>
        <translation>Ctrl+nhấp các chỉ tiêu cần gộp, nhấp chỉ tiêu giữ lại sau cùng</translation>
    </message>
    <message>
        <source>Merge entries into “{name}”</source>
        <translation>Gộp chỉ tiêu vào “{name}”</translation>
    </message>
    <message>
        <source>Select the example figures to split off first</source>
        <translation>Hãy chọn trước các số liệu ví dụ cần tách</translation>
    </message>
    <message>
        <source>Split entry</source>
        <translation>Tách chỉ tiêu</translation>
    </message>
    <message>
        <source>Split “{name}”</source>
        <translation>Tách “{name}”</translation>
    </message>
    <message>
        <source>Select the example figures to move first</source>
        <translation>Hãy chọn trước các số liệu ví dụ cần chuyển</translation>
    </message>
    <message>
        <source>Move to another entry</source>
        <translation>Chuyển sang chỉ tiêu khác</translation>
    </message>
    <message>
        <source>Move figures to “{name}”</source>
        <translation>Chuyển số liệu sang “{name}”</translation>
    </message>
    <message>
        <source>Delete entry “{name}”</source>
        <translation>Xoá chỉ tiêu “{name}”</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Nhập danh mục chỉ tiêu</translation>
    </message>
    <message>
        <source>Codebooks (*.xlsx *.csv)</source>
        <translation>Danh mục chỉ tiêu (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import codebook {file}</source>
        <translation>Nhập danh mục chỉ tiêu {file}</translation>
    </message>
    <message>
        <source>{imported} ({new} new, {updated} updated); {skipped}</source>
        <translation>{imported} ({new} mới, {updated} cập nhật); {skipped}</translation>
    </message>
    <message>
        <source>Some rows of {file} were skipped or merged:</source>
        <translation>Một số dòng của {file} đã bị bỏ qua hoặc gộp:</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translation>Xuất danh mục chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the new entry for the %n selected figure(s):</source>
        <translation>
            <numerusform>Tên chỉ tiêu mới cho %n số liệu đã chọn:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entry for the %n selected figure(s):</source>
        <translation>
            <numerusform>Chỉ tiêu cho %n số liệu đã chọn:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s)</source>
        <translation>
            <numerusform>Xoá %n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>Đã nhập %n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>bỏ qua %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to {file}</source>
        <translation>
            <numerusform>Đã xuất %n chỉ tiêu ra {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Mất kết nối, đang kết nối lại…</translation>
    </message>
    <message>
        <source>Connected again to {server}.</source>
        <translation>Đã kết nối lại với {server}.</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Sao chép giá trị</translation>
    </message>
    <message>
        <source>&amp;Show in the article</source>
        <translation>&amp;Hiện trong bài viết</translation>
    </message>
    <message>
        <source>&amp;Filter to this measure</source>
        <translation>&amp;Lọc theo chỉ tiêu này</translation>
    </message>
    <message>
        <source>Read the &amp;whole page again</source>
        <translation>Đọc lại &amp;toàn bộ trang</translation>
    </message>
    <message>
        <source>Read again &amp;as</source>
        <translation>Đọc lại theo &amp;bảng mã</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Gỡ tài liệu</translation>
    </message>
    <message>
        <source>Remove ‘{name}’ and its figures from the project?
Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Gỡ ‘{name}’ cùng các số liệu của nó khỏi dự án?
Sửa ▸ Hoàn tác (Ctrl+Z) sẽ đưa nó trở lại.</translation>
    </message>
    <message>
        <source>Remove document ‘{name}’</source>
        <translation>Gỡ tài liệu ‘{name}’</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>&amp;Gỡ tài liệu</translation>
    </message>
    <message>
        <source>&amp;Add the selection as a figure</source>
        <translation>&amp;Thêm đoạn chọn làm số liệu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn tất &amp;cả</translation>
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
    <name>DocumentsModel</name>
    <message>
        <source>Being reviewed by you</source>
        <translation>Bạn đang duyệt</translation>
    </message>
    <message>
        <source>Being reviewed by {reviewer}</source>
        <translation>{reviewer} đang duyệt</translation>
    </message>
    <message>
        <source>Double review: you decide it blind (your own decisions)</source>
        <translation>Duyệt hai lần: bạn quyết định độc lập (quyết định của riêng bạn)</translation>
    </message>
    <message>
        <source>Double review: {reviewer} decides it blind</source>
        <translation>Duyệt hai lần: {reviewer} quyết định độc lập</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {rejected} rejected, {pending} pending</source>
        <translation>{confirmed} đã xác nhận, {rejected} đã loại, {pending} chờ duyệt</translation>
    </message>
</context>
<context>
    <name>DoubleReview</name>
    <message>
        <source>Double review</source>
        <translation>Duyệt hai lần</translation>
    </message>
    <message>
        <source>The second reviewer decides this document&apos;s figures blind: they see the extractor&apos;s proposals, not the first reviewer&apos;s decisions.
Second reviewer (empty: no double review):</source>
        <translation>Người duyệt thứ hai quyết định các số liệu của văn bản này một cách độc lập: họ thấy đề xuất của bộ trích xuất, không thấy quyết định của người duyệt thứ nhất.
Người duyệt thứ hai (để trống: không duyệt hai lần):</translation>
    </message>
    <message>
        <source>double review by {name}</source>
        <translation>duyệt hai lần bởi {name}</translation>
    </message>
    <message>
        <source>no double review</source>
        <translation>không duyệt hai lần</translation>
    </message>
    <message>
        <source>{name} reviews this document blind now.</source>
        <translation>Giờ {name} duyệt độc lập văn bản này.</translation>
    </message>
    <message>
        <source>This document has no second reviewer now.</source>
        <translation>Văn bản này giờ không có người duyệt thứ hai.</translation>
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
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Measure entry</source>
        <translation>Mục chỉ tiêu</translation>
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
    <name>EditStack</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Đã hoàn tác: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Đã làm lại: {what}</translation>
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
        <source>Vietnamese (column names and values for readers)</source>
        <translation>Tiếng Việt (tên cột và giá trị dành cho người đọc)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
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
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>The workbook is written:</source>
        <translation>Đã ghi tệp Excel:</translation>
    </message>
    <message>
        <source>and the Statistics sheet as CSV:</source>
        <translation>và trang Statistics dạng CSV:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mở &amp;thư mục chứa</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
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
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Not a number: “{text}”. Examples: {examples}</source>
        <translation>Không phải là số: “{text}”. Ví dụ: {examples}</translation>
    </message>
    <message>
        <source>Not a period: “{text}”. Examples: {examples}</source>
        <translation>Không phải là thời kỳ: “{text}”. Ví dụ: {examples}</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <source>Searching every document…</source>
        <translation>Đang tìm trong mọi tài liệu…</translation>
    </message>
    <message>
        <source>1 figure hidden by the filter</source>
        <translation>1 số liệu bị bộ lọc ẩn đi</translation>
    </message>
    <message>
        <source>{n} figures hidden by the filter</source>
        <translation>{n} số liệu bị bộ lọc ẩn đi</translation>
    </message>
    <message>
        <source>No figures in this project yet; import articles to find them</source>
        <translation>Dự án chưa có số liệu nào; hãy nhập bài viết để tìm số liệu</translation>
    </message>
    <message>
        <source>No figures in this document; select text in the article and press A to add one</source>
        <translation>Tài liệu này không có số liệu nào; hãy chọn đoạn chữ trong bài viết rồi nhấn A để thêm</translation>
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
        <source>Suggested from the codebook ({basis}); confirming accepts it, F2 changes it</source>
        <translation>Gợi ý từ danh mục chỉ tiêu ({basis}); xác nhận là chấp nhận gợi ý, F2 để sửa</translation>
    </message>
    <message>
        <source>Confirming links it to the codebook entry “{entry}” ({basis})</source>
        <translation>Xác nhận sẽ gắn số liệu với chỉ tiêu “{entry}” trong danh mục ({basis})</translation>
    </message>
    <message>
        <source>Check the measure: no codebook entry fits it well ({basis})</source>
        <translation>Hãy kiểm tra chỉ tiêu: không có mục nào trong danh mục thật khớp ({basis})</translation>
    </message>
    <message>
        <source>Confidence lowered: {reason}</source>
        <translation>Độ tin cậy bị hạ: {reason}</translation>
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
        <source>The reports disagree: {values}</source>
        <translation>Các bài báo không khớp nhau: {values}</translation>
    </message>
    <message>
        <source>The reports disagree: choose the winning value (W)</source>
        <translation>Các bài báo không khớp nhau: chọn giá trị đúng (W)</translation>
    </message>
    <message>
        <source>Double review: a member to adjudicate (F keeps the first reviewer&apos;s decision, Shift+S takes the second&apos;s)</source>
        <translation>Duyệt hai lần: có số liệu cần phân xử (F giữ quyết định của người duyệt thứ nhất, Shift+S lấy quyết định của người thứ hai)</translation>
    </message>
    <message>
        <source>A consistency check fails for this group</source>
        <translation>Nhóm này không qua một phép kiểm tra nhất quán</translation>
    </message>
    <message>
        <source>Press {n} to make this member&apos;s value win</source>
        <translation>Nhấn {n} để chọn giá trị của số liệu này là đúng</translation>
    </message>
    <message>
        <source>The members differ here</source>
        <translation>Các số liệu khác nhau ở đây</translation>
    </message>
    <message>
        <source>As written: {text}</source>
        <translation>Như trong bài: {text}</translation>
    </message>
    <message>
        <source>Corrected to {value}</source>
        <translation>Đã sửa thành {value}</translation>
    </message>
    <message>
        <source>The winning value</source>
        <translation>Giá trị được chọn</translation>
    </message>
    <message>
        <source>This value disagrees with the other reports</source>
        <translation>Giá trị này không khớp với các bài báo khác</translation>
    </message>
    <message>
        <source>F: first reviewer&apos;s · Shift+S: {name}&apos;s</source>
        <translation>F: của người duyệt thứ nhất · Shift+S: của {name}</translation>
    </message>
    <message>
        <source>{field}: first reviewer {first}, {name} {second}</source>
        <translation>{field}: người duyệt thứ nhất {first}, {name} {second}</translation>
    </message>
    <message>
        <source>F keeps the first reviewer&apos;s decision, Shift+S takes {name}&apos;s</source>
        <translation>F giữ quyết định của người duyệt thứ nhất, Shift+S lấy quyết định của {name}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>&amp;Undo up to here</source>
        <translation>&amp;Hoàn tác đến đây</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>Mục &amp;cũ hơn</translation>
    </message>
    <message>
        <source>Every edit of this project, newest first.</source>
        <translation>Mọi chỉnh sửa trong dự án này, mới nhất ở trên cùng.</translation>
    </message>
    <message>
        <source>This change was changed again since; it cannot be undone.</source>
        <translation>Thay đổi này đã bị sửa lại sau đó; không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Undo up to here (Enter) takes back the chosen edit and every later edit that is still current, as one step: Ctrl+Z brings them back.</source>
        <translation>Hoàn tác đến đây (Enter) rút lại chỉnh sửa đã chọn cùng mọi chỉnh sửa sau nó còn hiệu lực, gộp thành một bước: Ctrl+Z để khôi phục chúng.</translation>
    </message>
    <message>
        <source>Nothing to undo: every later change was changed again.</source>
        <translation>Không có gì để hoàn tác: mọi thay đổi sau đó đều đã bị sửa lại.</translation>
    </message>
    <message>
        <source>Undo up to {when} ({what})</source>
        <translation>Hoàn tác đến {when} ({what})</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) undone</source>
        <translation>
            <numerusform>Đã hoàn tác %n thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: changed again since</source>
        <translation>
            <numerusform>Bỏ qua %n: đã bị sửa lại sau đó</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>added</source>
        <translation>đã thêm</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xoá</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>group decision</source>
        <translation>quyết định về nhóm</translation>
    </message>
    <message>
        <source>read again</source>
        <translation>đọc lại</translation>
    </message>
    <message>
        <source>document removed</source>
        <translation>đã gỡ tài liệu</translation>
    </message>
    <message>
        <source>document restored</source>
        <translation>đã khôi phục tài liệu</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>danh mục chỉ tiêu</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>quy tắc</translation>
    </message>
    <message>
        <source>double review</source>
        <translation>duyệt hai lần</translation>
    </message>
    <message>
        <source>second review</source>
        <translation>duyệt lần hai</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>đã phân xử</translation>
    </message>
    <message>
        <source>second reviewer: {old} → {new}</source>
        <translation>người duyệt thứ hai: {old} → {new}</translation>
    </message>
    <message>
        <source>decided by the lead</source>
        <translation>người chủ trì đã phân xử</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>mở lại</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Thời điểm (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Changed again since, or no longer in the project: cannot be undone</source>
        <translation>Đã bị sửa lại sau đó, hoặc không còn trong dự án: không thể hoàn tác</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
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
        <source>Importing articles</source>
        <translation>Đang nhập bài viết</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>Đã nhập %n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>Việc nhập bị dừng: {message}</translation>
    </message>
    <message>
        <source>Reading the file again</source>
        <translation>Đang đọc lại tệp</translation>
    </message>
    <message numerus="yes">
        <source>Read again: %n figure(s)</source>
        <translation>
            <numerusform>Đã đọc lại: %n số liệu</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The encoding of %n file(s) was recognised from the bytes (an old Vietnamese encoding): check that their text reads right.</source>
        <translation>
            <numerusform>Bảng mã của %n tệp được nhận ra từ các byte (một bảng mã tiếng Việt cũ): hãy kiểm tra xem văn bản có đọc đúng không.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored (it had been removed), %n figure(s)</source>
        <translation>
            <numerusform>Đã khôi phục (tài liệu từng bị gỡ), %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, %n figure(s)</source>
        <translation>
            <numerusform>Đã nhập, %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole page read: %n figure(s)</source>
        <translation>
            <numerusform>Đã đọc cả trang: %n số liệu</numerusform>
        </translation>
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
        <source>Read {name} as</source>
        <translation>Đọc {name} theo</translation>
    </message>
</context>
<context>
    <name>LanguageFlow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>The language changes the next time Solieu starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại Solieu.</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>Add a rule</source>
        <translation>Thêm quy tắc</translation>
    </message>
    <message>
        <source>Turn down the rule {rule}</source>
        <translation>Từ chối quy tắc {rule}</translation>
    </message>
    <message numerus="yes">
        <source>Learned: %n entries</source>
        <translation>
            <numerusform>Đã học: %n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rules</source>
        <translation>
            <numerusform>, %n quy tắc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply a rule to %n figure(s)</source>
        <translation>
            <numerusform>Áp dụng quy tắc cho %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rules set %n field(s) of the new figures</source>
        <translation>
            <numerusform>Các quy tắc đã đặt %n trường của các số liệu mới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveChanges</name>
    <message>
        <source>Other reviewers&apos; changes will show only after reopening: {reason}</source>
        <translation>Thay đổi của người duyệt khác chỉ hiện ra sau khi mở lại: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Codebook (Ctrl+3)</source>
        <translation>Danh mục chỉ tiêu (Ctrl+3)</translation>
    </message>
    <message>
        <source>Open &amp;server project…</source>
        <translation>Mở dự án trên &amp;máy chủ…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Nhật ký thao tác…</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>&amp;Tên người duyệt…</translation>
    </message>
    <message>
        <source>&amp;Double review…</source>
        <translation>&amp;Duyệt hai lần…</translation>
    </message>
    <message>
        <source>A&amp;greement and adjudication…</source>
        <translation>Mức &amp;thống nhất và phân xử…</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Quy tắc…</translation>
    </message>
    <message>
        <source>Select text in the &amp;article</source>
        <translation>Chọn chữ trong &amp;bài viết</translation>
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
        <source>Reject all &amp;like this</source>
        <translation>Loại mọi số liệu &amp;giống thế này</translation>
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
        <source>&amp;Article order (undo the sort)</source>
        <translation>&amp;Thứ tự trong bài (bỏ sắp xếp)</translation>
    </message>
    <message>
        <source>C&amp;odebook</source>
        <translation>&amp;Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <source>Keep the &amp;first reviewer&apos;s decision</source>
        <translation>Giữ quyết định của người duyệt thứ &amp;nhất</translation>
    </message>
    <message>
        <source>&amp;Take the second reviewer&apos;s decision</source>
        <translation>&amp;Lấy quyết định của người duyệt thứ hai</translation>
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
        <source>Re&amp;flow paragraphs</source>
        <translation>Dàn lại đoạn &amp;văn</translation>
    </message>
    <message>
        <source>Key &amp;hints</source>
        <translation>Gợi ý &amp;phím</translation>
    </message>
    <message>
        <source>C&amp;laim this document</source>
        <translation>&amp;Nhận duyệt văn bản này</translation>
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
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Solieu</source>
        <translation>Solieu</translation>
    </message>
    <message>
        <source>Wait until the running import or export has finished</source>
        <translation>Hãy chờ lượt nhập hoặc xuất đang chạy kết thúc</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
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
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>Grouping failed: {message}</source>
        <translation>Không nhóm được số liệu: {message}</translation>
    </message>
    <message>
        <source>Last group of the list</source>
        <translation>Nhóm cuối cùng của danh sách</translation>
    </message>
    <message>
        <source>{text} ({document}) is no longer in this group</source>
        <translation>{text} ({document}) không còn trong nhóm này</translation>
    </message>
    <message>
        <source>There is no other group to move it to</source>
        <translation>Không có nhóm nào khác để chuyển sang</translation>
    </message>
    <message>
        <source>There is no other group to merge with</source>
        <translation>Không có nhóm nào khác để gộp vào</translation>
    </message>
    <message>
        <source>This member has no disagreement of a double review to adjudicate</source>
        <translation>Thành viên này không có bất đồng nào giữa hai người duyệt cần phân xử</translation>
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
        <source>regrouping…</source>
        <translation>đang gom nhóm lại…</translation>
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
        <source>the same measure, place and period, but the values differ beyond rounding. Select the right member and press W, or press its number.</source>
        <translation>cùng chỉ tiêu, địa bàn và thời kỳ nhưng các giá trị chênh nhau quá mức làm tròn. Hãy chọn số liệu đúng rồi nhấn W, hoặc nhấn số thứ tự của nó.</translation>
    </message>
    <message>
        <source>✎ A member&apos;s value was corrected: it differs from its text.</source>
        <translation>✎ Giá trị của một số liệu đã được sửa: nó khác với câu chữ trong bài.</translation>
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
        <source>Winning value: {text}.</source>
        <translation>Giá trị được chọn: {text}.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>≈ near-duplicate of {name}: {shared}% shared, similarity {score}%</source>
        <translation>≈ gần trùng với {name}: trùng {shared}%, độ giống {score}%</translation>
    </message>
    <message>
        <source>Accept group ‘{name}’</source>
        <translation>Chấp nhận nhóm ‘{name}’</translation>
    </message>
    <message>
        <source>Choose {value} ({document}) for ‘{name}’</source>
        <translation>Chọn {value} ({document}) cho ‘{name}’</translation>
    </message>
    <message>
        <source>Keep the first reviewer&apos;s {value} ({document})</source>
        <translation>Giữ {value} ({document}) của người duyệt thứ nhất</translation>
    </message>
    <message>
        <source>Take {name}&apos;s review of {value} ({document})</source>
        <translation>Lấy bản duyệt {value} ({document}) của {name}</translation>
    </message>
    <message>
        <source>Split {value} ({document}) out of ‘{name}’</source>
        <translation>Tách {value} ({document}) khỏi ‘{name}’</translation>
    </message>
    <message>
        <source>Move {value} ({document}) from ‘{name}’ to ‘{target}’</source>
        <translation>Chuyển {value} ({document}) từ ‘{name}’ sang ‘{target}’</translation>
    </message>
    <message>
        <source>Merge ‘{name}’ into ‘{target}’</source>
        <translation>Gộp ‘{name}’ vào ‘{target}’</translation>
    </message>
    <message>
        <source>Reopen group ‘{name}’</source>
        <translation>Mở lại nhóm ‘{name}’</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n nhóm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n mâu thuẫn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n chưa duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), {status}</source>
        <translation>
            <numerusform>%n bài, {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into another group</source>
        <translation>Gộp vào nhóm khác</translation>
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
        <source>Space/A accept the group and go to the next · 1–9 or W: that member&apos;s value wins · S split the member out · M move it to another group · G merge the group into another · O reopen it · Tab: groups ↔ members</source>
        <translation>Space/A chấp nhận nhóm và sang nhóm kế tiếp · 1–9 hoặc W: chọn giá trị của số liệu đó · S tách số liệu ra khỏi nhóm · M chuyển nó sang nhóm khác · G gộp nhóm vào nhóm khác · O mở lại nhóm · Tab: nhóm ↔ số liệu trong nhóm</translation>
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
        <source>Choose a document first</source>
        <translation>Hãy chọn một văn bản trước</translation>
    </message>
    <message>
        <source>Shift+arrows select (Ctrl+Shift+→ a word), A adds the figure, Esc goes back</source>
        <translation>Shift+mũi tên để chọn (Ctrl+Shift+→ từng từ), A thêm số liệu, Esc quay lại</translation>
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
        <source>No pending figure looks like this one</source>
        <translation>Không có số liệu chờ duyệt nào giống số liệu này</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n figure(s)</source>
        <translation>
            <numerusform>Xác nhận %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n figure(s)</source>
        <translation>
            <numerusform>Loại %n số liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) back to pending</source>
        <translation>
            <numerusform>Đưa %n số liệu về chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n like this</source>
        <translation>
            <numerusform>Loại %n số liệu giống thế này</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc goes back to the table; Del there deletes the figure</source>
        <translation>Esc quay lại bảng; ở bảng, Del xoá số liệu</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Space confirm and next · X reject · N next pending · F2 edit · Ctrl+J select in the article, A add · Ctrl+Z undo · F1 all keys</source>
        <translation>Space xác nhận và sang số liệu sau · X loại · N số liệu chờ duyệt kế tiếp · F2 sửa · Ctrl+J chọn trong bài viết, A thêm · Ctrl+Z hoàn tác · F1 mọi phím tắt</translation>
    </message>
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
</context>
<context>
    <name>RuleBar</name>
    <message>
        <source>&amp;Only from now on</source>
        <translation>Chỉ từ &amp;nay về sau</translation>
    </message>
    <message>
        <source>Make it a rule for the figures still to come; leave the others as they are</source>
        <translation>Đặt thành quy tắc cho các số liệu về sau; giữ nguyên các số liệu khác</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;Không, cảm ơn</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n like this</source>
        <translation>
            <numerusform>Á&amp;p dụng cho %n số liệu tương tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>No rules yet: a correction repeated on three documents is offered as a rule.</source>
        <translation>Chưa có quy tắc: một chỉnh sửa lặp lại trên ba văn bản sẽ được đề xuất thành quy tắc.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Rules set a field on the figures still to review. F2 changes the value a rule sets, Del removes it; Ctrl+Z takes either back.</source>
        <translation>Quy tắc đặt một trường cho các số liệu còn chờ duyệt. F2 sửa giá trị quy tắc đặt, Del gỡ quy tắc; Ctrl+Z hoàn tác cả hai.</translation>
    </message>
    <message>
        <source>Remove rule: {rule}</source>
        <translation>Gỡ quy tắc: {rule}</translation>
    </message>
    <message>
        <source>“{text}” is not yes or no: the rule is unchanged.</source>
        <translation>“{text}” không phải có hay không: quy tắc giữ nguyên.</translation>
    </message>
    <message>
        <source>Edit rule: {rule}</source>
        <translation>Sửa quy tắc: {rule}</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>measure</source>
        <translation>chỉ tiêu</translation>
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
        <source>unit class</source>
        <translation>loại đơn vị</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>mức độ</translation>
    </message>
    <message>
        <source>change</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>{outlet} articles</source>
        <translation>bài của {outlet}</translation>
    </message>
    <message>
        <source>all articles</source>
        <translation>mọi bài</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>When it reads</source>
        <translation>Khi đang là</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Đặt thành</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Type yes or no; F2 to edit</source>
        <translation>Gõ có hoặc không; F2 để sửa</translation>
    </message>
    <message>
        <source>F2 to edit; leave it blank to empty the field</source>
        <translation>F2 để sửa; để trống để xoá giá trị</translation>
    </message>
    <message>
        <source>{where} (turned down)</source>
        <translation>{where} (đã từ chối)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Password for {server}:</source>
        <translation>Mật khẩu cho {server}:</translation>
    </message>
    <message>
        <source>The password was refused.</source>
        <translation>Mật khẩu bị từ chối.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mật khẩu máy chủ</translation>
    </message>
</context>
<context>
    <name>ServerProjects</name>
    <message>
        <source>Open server project</source>
        <translation>Mở dự án trên máy chủ</translation>
    </message>
    <message>
        <source>Address of the project&apos;s database, e.g. {example}
A password comes from ~/.pgpass or a service file, or is asked for; it is never saved.</source>
        <translation>Địa chỉ cơ sở dữ liệu của dự án, ví dụ {example}
Mật khẩu lấy từ ~/.pgpass hoặc tệp dịch vụ, hoặc được hỏi khi cần; mật khẩu không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>{address} is not a server address: it starts with postgresql://</source>
        <translation>{address} không phải địa chỉ máy chủ: địa chỉ bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Đang kết nối với máy chủ…</translation>
    </message>
    <message>
        <source>Cannot open the project: {message}</source>
        <translation>Không mở được dự án: {message}</translation>
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
        <source>Codebook</source>
        <translation>Danh mục chỉ tiêu</translation>
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
        <source>Select more rows (in the table): confirm, reject, pending apply to all</source>
        <translation>Chọn thêm hàng (trong bảng): xác nhận, loại, chờ duyệt áp dụng cho tất cả</translation>
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
        <source>Reject every pending figure like this one (learned)</source>
        <translation>Loại mọi số liệu chờ duyệt giống số liệu này (đã học)</translation>
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
        <source>Take the next suggested word (editing a measure)</source>
        <translation>Nhận từ gợi ý tiếp theo (khi sửa chỉ tiêu)</translation>
    </message>
    <message>
        <source>Take the suggested measure and save (editing a measure)</source>
        <translation>Nhận chỉ tiêu gợi ý và lưu (khi sửa chỉ tiêu)</translation>
    </message>
    <message>
        <source>Into the article to select a missed figure (at the figure) / back</source>
        <translation>Vào bài viết để chọn số liệu bị sót (tại chỗ số liệu) / quay lại</translation>
    </message>
    <message>
        <source>Select text (in the article)</source>
        <translation>Chọn chữ (trong bài viết)</translation>
    </message>
    <message>
        <source>Select word by word (in the article)</source>
        <translation>Chọn từng từ (trong bài viết)</translation>
    </message>
    <message>
        <source>Add a figure from the text selection</source>
        <translation>Thêm số liệu từ đoạn văn bản đã chọn</translation>
    </message>
    <message>
        <source>Back to the figure table (from the article)</source>
        <translation>Quay lại bảng số liệu (từ bài viết)</translation>
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
        <source>History: every edit, undo up to one (kept across restarts)</source>
        <translation>Nhật ký thao tác: mọi chỉnh sửa, hoàn tác đến một chỉnh sửa (giữ lại qua các lần mở)</translation>
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
        <source>Codebook: the project&apos;s indicators</source>
        <translation>Danh mục chỉ tiêu của dự án</translation>
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
        <source>The selected member&apos;s value wins; go to the next group</source>
        <translation>Chọn giá trị của số liệu đang chọn; sang nhóm kế tiếp</translation>
    </message>
    <message>
        <source>That member&apos;s value wins (a conflict resolved, next group)</source>
        <translation>Chọn giá trị của số liệu mang số đó (giải quyết mâu thuẫn, sang nhóm kế tiếp)</translation>
    </message>
    <message>
        <source>Double review: keep the first reviewer&apos;s decision on the member</source>
        <translation>Duyệt hai lần: giữ quyết định của người duyệt thứ nhất cho thành viên</translation>
    </message>
    <message>
        <source>Double review: take the second reviewer&apos;s decision on the member</source>
        <translation>Duyệt hai lần: lấy quyết định của người duyệt thứ hai cho thành viên</translation>
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
        <source>New entry</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Rename the entry</source>
        <translation>Đổi tên chỉ tiêu</translation>
    </message>
    <message>
        <source>Merge the selected entries into the current one (or drag)</source>
        <translation>Gộp các chỉ tiêu đã chọn vào chỉ tiêu hiện tại (hoặc kéo thả)</translation>
    </message>
    <message>
        <source>Split the selected examples into a new entry</source>
        <translation>Tách các ví dụ đã chọn thành chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Move the selected examples to another entry</source>
        <translation>Chuyển các ví dụ đã chọn sang chỉ tiêu khác</translation>
    </message>
    <message>
        <source>Delete an entry without figures</source>
        <translation>Xoá chỉ tiêu chưa có số liệu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Context menu of the table, the document list or the article</source>
        <translation>Trình đơn ngữ cảnh của bảng, danh sách tài liệu hoặc bài viết</translation>
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
        <source>Claim the document: the others see you review it</source>
        <translation>Nhận duyệt văn bản: những người khác thấy bạn đang duyệt</translation>
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
    <name>SideDialogs</name>
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
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>{who} saved {field} as {theirs} at {when}.</source>
        <translation>{who} đã lưu {field} là {theirs} lúc {when}.</translation>
    </message>
    <message>
        <source>{field} was saved as {theirs} meanwhile.</source>
        <translation>Trong lúc đó {field} đã được lưu là {theirs}.</translation>
    </message>
    <message>
        <source>“{figure}”: someone else changed it first.</source>
        <translation>“{figure}”: người khác đã sửa trước.</translation>
    </message>
    <message>
        <source>Figure {figure}: someone else changed it first.</source>
        <translation>Số liệu {figure}: người khác đã sửa trước.</translation>
    </message>
    <message>
        <source>Your change: {mine}.</source>
        <translation>Thay đổi của bạn: {mine}.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã sửa</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Giữ bản của họ</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>Dùng bản của tôi</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
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
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Reviewer name</source>
        <translation>Tên người duyệt</translation>
    </message>
    <message>
        <source>The review log and the exported workbook name your edits as:</source>
        <translation>Nhật ký duyệt và tệp Excel xuất ra ghi tên người sửa của bạn là:</translation>
    </message>
    <message>
        <source>Your edits are now logged as {name}.</source>
        <translation>Từ giờ các sửa đổi của bạn được ghi tên {name}.</translation>
    </message>
    <message>
        <source>Kept theirs.</source>
        <translation>Đã giữ bản của họ.</translation>
    </message>
    <message>
        <source>Kept the other reviewer&apos;s change.</source>
        <translation>Đã giữ thay đổi của người duyệt kia.</translation>
    </message>
</context>
<context>
    <name>WelcomeBar</name>
    <message>
        <source>&lt;b&gt;Welcome to Solieu.&lt;/b&gt; This is the demo project: Vietnamese provincial news whose figures the extractor has proposed. Press Space to confirm a figure, X to reject it, F2 to correct a cell, F1 for every key. To work on your own articles, import a folder (File ▸ Import folder) into a new project (File ▸ New project).</source>
        <translation>&lt;b&gt;Chào mừng bạn đến với Solieu.&lt;/b&gt; Đây là dự án mẫu: tin tức các tỉnh, thành của Việt Nam, với những số liệu do bộ trích xuất đề xuất. Nhấn Space để xác nhận một số liệu, X để loại, F2 để sửa một ô, F1 để xem mọi phím tắt. Để làm việc với bài viết của bạn, hãy nhập một thư mục (Tệp ▸ Nhập thư mục) vào một dự án mới (Tệp ▸ Dự án mới).</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Nhập một thư mục…</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Đã hiểu</translation>
    </message>
</context>
<context>
    <name>solieu.core</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>tệp hoặc thư mục không tồn tại</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>thao tác không được phép</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải là thư mục</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>tệp đã tồn tại</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>tệp đang được một chương trình khác sử dụng</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>không đọc hoặc ghi được ổ đĩa (lỗi vào/ra)</translation>
    </message>
    <message>
        <source>figure {figure_id} is not in this group</source>
        <translation>số liệu {figure_id} không thuộc nhóm này</translation>
    </message>
    <message>
        <source>figure {figure_id} does not exist</source>
        <translation>số liệu {figure_id} không tồn tại</translation>
    </message>
    <message>
        <source>figure {figure_id} was deleted</source>
        <translation>số liệu {figure_id} đã bị xoá</translation>
    </message>
    <message>
        <source>figure {figure_id}: {field} is now {now}, not {old} (changed elsewhere); reload and try again</source>
        <translation>số liệu {figure_id}: {field} hiện là {now}, không phải {old} (đã bị sửa ở nơi khác); hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>codebook entry {entry_id} does not exist</source>
        <translation>chỉ tiêu {entry_id} không tồn tại trong danh mục</translation>
    </message>
    <message>
        <source>a figure appears twice in one status change</source>
        <translation>một số liệu xuất hiện hai lần trong cùng một lần đổi trạng thái</translation>
    </message>
    <message>
        <source>a status change needs one old status per figure</source>
        <translation>lần đổi trạng thái cần một trạng thái cũ cho mỗi số liệu</translation>
    </message>
    <message>
        <source>figure {figure_id} is now {now}, not {old} (changed elsewhere); reload and try again</source>
        <translation>số liệu {figure_id} hiện là {now}, không phải {old} (đã bị sửa ở nơi khác); hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>document {document_id} does not exist</source>
        <translation>tài liệu {document_id} không tồn tại</translation>
    </message>
    <message>
        <source>document {document_id} was removed from the project; restore it first</source>
        <translation>tài liệu {document_id} đã bị gỡ khỏi dự án; hãy khôi phục tài liệu trước</translation>
    </message>
    <message>
        <source>the span {start}..{end} is not inside the document (0..{length}) or is empty</source>
        <translation>đoạn {start}..{end} nằm ngoài tài liệu (0..{length}) hoặc rỗng</translation>
    </message>
    <message>
        <source>a new figure needs a {field}</source>
        <translation>số liệu mới cần có {field}</translation>
    </message>
    <message>
        <source>document {document_id}&apos;s {field} is {now} now, not {old}; reload and try again</source>
        <translation>{field} của tài liệu {document_id} hiện là {now}, không phải {old}; hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>figure {figure_id} is already deleted</source>
        <translation>số liệu {figure_id} đã bị xoá rồi</translation>
    </message>
    <message>
        <source>figure {figure_id} is not deleted</source>
        <translation>số liệu {figure_id} chưa bị xoá</translation>
    </message>
    <message>
        <source>document {document} is already removed</source>
        <translation>tài liệu {document} đã được gỡ rồi</translation>
    </message>
    <message>
        <source>document {document} is not removed</source>
        <translation>tài liệu {document} chưa bị gỡ</translation>
    </message>
    <message>
        <source>figure {figure_id} belongs to a document removed from the project; restore the document first</source>
        <translation>số liệu {figure_id} thuộc một tài liệu đã bị gỡ khỏi dự án; hãy khôi phục tài liệu trước</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>hư hỏng không rõ loại</translation>
    </message>
    <message>
        <source>the copy failed its integrity check: {detail}</source>
        <translation>bản sao không qua được kiểm tra tính toàn vẹn: {detail}</translation>
    </message>
    <message>
        <source>could not back up {file} ({reason})</source>
        <translation>không sao lưu được {file} ({reason})</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name to restore to</source>
        <translation>{file} đã tồn tại; hãy chọn tên khác để khôi phục vào</translation>
    </message>
    <message>
        <source>the backup {backup} does not exist</source>
        <translation>bản sao lưu {backup} không tồn tại</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({reason})</source>
        <translation>bản sao lưu {file} cũng bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>cannot restore {file} to {target}: {reason}</source>
        <translation>không khôi phục được {file} vào {target}: {reason}</translation>
    </message>
    <message>
        <source>a codebook entry needs a name</source>
        <translation>chỉ tiêu trong danh mục cần có tên</translation>
    </message>
    <message>
        <source>codebook entry {entry_id} changed since this edit was made; reload and try again</source>
        <translation>chỉ tiêu {entry_id} đã thay đổi từ khi thực hiện chỉnh sửa này; hãy tải lại và thử lại</translation>
    </message>
    <message>
        <source>the codebook already has an entry named “{name}”</source>
        <translation>danh mục đã có chỉ tiêu tên “{name}”</translation>
    </message>
    <message>
        <source>codebook entry “{name}” still has {count} figures; move them first</source>
        <translation>chỉ tiêu “{name}” còn {count} số liệu; hãy chuyển chúng trước</translation>
    </message>
    <message>
        <source>a rule can set {fields}, not {field}</source>
        <translation>quy tắc chỉ đặt được {fields}, không đặt được {field}</translation>
    </message>
    <message>
        <source>rule {rule_id} changed since this edit was made; reload and try again</source>
        <translation>quy tắc {rule_id} đã thay đổi từ khi thực hiện chỉnh sửa này; hãy tải lại và thử lại</translation>
    </message>
    <message>
        <source>not a valid edit: {detail}</source>
        <translation>không phải thao tác sửa hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>unknown edit kind {kind}</source>
        <translation>không biết loại thao tác sửa {kind}</translation>
    </message>
    <message>
        <source>lost the connection to {server} while saving: the server did not confirm the last change; reconnect and reload to see whether it was saved</source>
        <translation>mất kết nối với {server} khi đang lưu: máy chủ chưa xác nhận thay đổi cuối cùng; hãy kết nối lại và tải lại để xem thay đổi đã được lưu chưa</translation>
    </message>
    <message>
        <source>lost the connection to {server}; the last change was not saved: reconnect when the server is back and make it again</source>
        <translation>mất kết nối với {server}; thay đổi cuối cùng chưa được lưu: hãy kết nối lại khi máy chủ hoạt động trở lại và làm lại thay đổi đó</translation>
    </message>
    <message>
        <source>lost the connection to {server}; reconnect when the server is back</source>
        <translation>mất kết nối với {server}; hãy kết nối lại khi máy chủ hoạt động trở lại</translation>
    </message>
    <message>
        <source>that text is already figure {figure_id}</source>
        <translation>đoạn chữ đó đã là số liệu {figure_id}</translation>
    </message>
    <message>
        <source>at {position} “{text}”: {reason}; skipped</source>
        <translation>tại vị trí {position} “{text}”: {reason}; đã bỏ qua</translation>
    </message>
    <message>
        <source>at {position} “{text}”: {reason}; kept</source>
        <translation>tại vị trí {position} “{text}”: {reason}; vẫn giữ lại</translation>
    </message>
    <message>
        <source>its span {start}..{end} is not in the text</source>
        <translation>vị trí {start}..{end} của nó nằm ngoài văn bản</translation>
    </message>
    <message>
        <source>its value cannot be computed</source>
        <translation>không tính được giá trị của nó</translation>
    </message>
    <message>
        <source>a value of {digits} digits cannot be a figure</source>
        <translation>một giá trị có {digits} chữ số không thể là số liệu</translation>
    </message>
    <message>
        <source>its value cannot be written</source>
        <translation>không ghi được giá trị của nó</translation>
    </message>
    <message>
        <source>its text did not match the article; the article&apos;s text is kept</source>
        <translation>chữ của nó không khớp với bài viết; giữ chữ của bài viết</translation>
    </message>
    <message>
        <source>its numeral cannot be stored; the value is kept</source>
        <translation>không lưu được con số như bài viết ghi; giá trị vẫn được giữ</translation>
    </message>
    <message>
        <source>it had no known unit class ({found}); taken as {unit_class}</source>
        <translation>nó không có loại đơn vị nào đã biết ({found}); được coi là {unit_class}</translation>
    </message>
    <message>
        <source>its qualifier {qualifier} is not one the project knows; dropped</source>
        <translation>mức độ {qualifier} của nó không có trong dự án; đã bỏ</translation>
    </message>
    <message>
        <source>it could not be checked ({detail})</source>
        <translation>không kiểm tra được ({detail})</translation>
    </message>
    <message>
        <source>it repeats a figure</source>
        <translation>trùng với một số liệu đã có</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>không mở được {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a Solieu project or is damaged ({reason})</source>
        <translation>{file} không phải dự án Solieu hoặc đã bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>{summary}; the last good backup is {backup}, saved {when} UTC</source>
        <translation>{summary}; bản sao lưu tốt gần nhất là {backup}, lưu lúc {when} UTC</translation>
    </message>
    <message>
        <source>{summary}; the last good backup is {backup}</source>
        <translation>{summary}; bản sao lưu tốt gần nhất là {backup}</translation>
    </message>
    <message>
        <source>{summary}; no backup of it was found</source>
        <translation>{summary}; không tìm thấy bản sao lưu nào của nó</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>không đọc được {file} ({reason})</translation>
    </message>
    <message>
        <source>it is not a project file</source>
        <translation>đây không phải tệp dự án</translation>
    </message>
    <message>
        <source>it is truncated or damaged: {detail}</source>
        <translation>tệp bị cắt cụt hoặc bị hỏng: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>không đọc được {file}: {reason}</translation>
    </message>
    <message>
        <source>it holds no Solieu project</source>
        <translation>tệp không chứa dự án Solieu nào</translation>
    </message>
    <message>
        <source>its integrity check failed: {detail}</source>
        <translation>tệp không qua được kiểm tra tính toàn vẹn: {detail}</translation>
    </message>
    <message>
        <source>cannot back up {file} before upgrading it: {reason}</source>
        <translation>không sao lưu được {file} trước khi nâng cấp: {reason}</translation>
    </message>
    <message>
        <source>there is no entry {log_id} in the review log</source>
        <translation>nhật ký thao tác không có mục {log_id}</translation>
    </message>
    <message>
        <source>a codebook change without its record</source>
        <translation>một thay đổi danh mục thiếu bản ghi của nó</translation>
    </message>
    <message>
        <source>a statistic decision without its record</source>
        <translation>một quyết định về chỉ tiêu thống kê không có bản ghi đi kèm</translation>
    </message>
    <message>
        <source>at {position}: {reason}</source>
        <translation>tại vị trí {position}: {reason}</translation>
    </message>
    <message>
        <source>it could not be imported ({detail})</source>
        <translation>không nhập được ({detail})</translation>
    </message>
    <message>
        <source>already in the project as {document}</source>
        <translation>đã có trong dự án với tên {document}</translation>
    </message>
    <message>
        <source>the figure extractor failed: {detail}</source>
        <translation>bộ trích xuất số liệu gặp lỗi: {detail}</translation>
    </message>
    <message>
        <source>document {document_id} is not in {file}</source>
        <translation>tài liệu {document_id} không có trong {file}</translation>
    </message>
    <message>
        <source>{file}: {reviewed} of its figures were already reviewed; re-reading it with another encoding would move them. Import the file again as a new document instead.</source>
        <translation>{file}: {reviewed} số liệu của tài liệu này đã được duyệt; đọc lại bằng bảng mã khác sẽ làm chúng lệch vị trí. Thay vào đó, hãy nhập lại tệp thành một tài liệu mới.</translation>
    </message>
    <message>
        <source>{file}: the original file is no longer at {path}</source>
        <translation>{file}: tệp gốc không còn ở {path}</translation>
    </message>
    <message>
        <source>{file} cannot be opened for editing: the folder is not writable ({reason}); open it read-only instead</source>
        <translation>không mở được {file} để chỉnh sửa: không ghi được vào thư mục ({reason}); hãy mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>{file} is already open in this window</source>
        <translation>{file} đang được mở trong cửa sổ này</translation>
    </message>
    <message>
        <source>{file} is open in another Solieu window (pid {pid}); close it there first, or open this one read-only</source>
        <translation>{file} đang được mở trong một cửa sổ Solieu khác (pid {pid}); hãy đóng nó ở đó trước, hoặc mở tệp này ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>{file} is open in another Solieu window; close it there first, or open this one read-only</source>
        <translation>{file} đang được mở trong một cửa sổ Solieu khác; hãy đóng nó ở đó trước, hoặc mở tệp này ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>cannot reconnect to {server}: {reason}</source>
        <translation>không kết nối lại được với {server}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} là thư mục, không phải tệp dự án</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>{file} already exists</source>
        <translation>{file} đã tồn tại</translation>
    </message>
    <message>
        <source>cannot create {file}: {reason}</source>
        <translation>không tạo được {file}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} không tồn tại</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Solieu (project format {version}; this version knows up to {known}); update Solieu to open it</source>
        <translation>{file} được lưu bởi một phiên bản Solieu mới hơn (định dạng dự án {version}; phiên bản này chỉ đọc được đến định dạng {known}); hãy cập nhật Solieu để mở</translation>
    </message>
    <message>
        <source>{file} was made by an older Solieu; open it for editing once to upgrade it</source>
        <translation>{file} được tạo bởi một phiên bản Solieu cũ hơn; hãy mở để chỉnh sửa một lần để nâng cấp</translation>
    </message>
    <message>
        <source>cannot upgrade {file}: {reason}</source>
        <translation>không nâng cấp được {file}: {reason}</translation>
    </message>
    <message>
        <source>figure {figure_id} is not in {file}</source>
        <translation>số liệu {figure_id} không có trong {file}</translation>
    </message>
    <message>
        <source>this installation cannot open server projects</source>
        <translation>bản cài đặt này không mở được dự án trên máy chủ</translation>
    </message>
    <message>
        <source>cannot connect to {server}: {reason}</source>
        <translation>không kết nối được tới {server}: {reason}</translation>
    </message>
    <message>
        <source>the project has tables this version does not know: {names}</source>
        <translation>dự án có các bảng mà phiên bản này không biết: {names}</translation>
    </message>
    <message>
        <source>{server} already holds a project: nothing was copied</source>
        <translation>{server} đã chứa một dự án: không có gì được sao chép</translation>
    </message>
    <message>
        <source>{server} holds no project</source>
        <translation>{server} không chứa dự án nào</translation>
    </message>
    <message>
        <source>the project on {server} has version {version}; this app reads version {ours}</source>
        <translation>dự án trên {server} có phiên bản {version}; ứng dụng này đọc phiên bản {ours}</translation>
    </message>
    <message>
        <source>a server project is backed up by its server</source>
        <translation>dự án trên máy chủ được máy chủ của nó sao lưu</translation>
    </message>
    <message>
        <source>statistic {statistic_id} changed since this decision was made; reload and try again</source>
        <translation>chỉ tiêu thống kê {statistic_id} đã thay đổi kể từ khi quyết định này được đưa ra; hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>a statistic needs at least one figure</source>
        <translation>một chỉ tiêu thống kê cần ít nhất một số liệu</translation>
    </message>
    <message>
        <source>the winning figure must be one of the statistic&apos;s figures</source>
        <translation>số liệu được chọn phải là một trong các số liệu của chỉ tiêu thống kê</translation>
    </message>
    <message>
        <source>no such figure: {figure_ids}</source>
        <translation>không có số liệu: {figure_ids}</translation>
    </message>
    <message>
        <source>a figure of this group already belongs to another statistic</source>
        <translation>một số liệu của nhóm này đã thuộc về một chỉ tiêu thống kê khác</translation>
    </message>
    <message>
        <source>{file} is closed</source>
        <translation>{file} đã đóng</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} đang mở ở chế độ chỉ đọc; không thể thay đổi gì</translation>
    </message>
    <message>
        <source>the project cannot hold this change: {detail}</source>
        <translation>dự án không thể lưu thay đổi này: {detail}</translation>
    </message>
    <message>
        <source>it cannot be read: {detail}</source>
        <translation>không đọc được tệp: {detail}</translation>
    </message>
    <message>
        <source>{file} cannot be read; it is damaged ({detail})</source>
        <translation>không đọc được {file}; tệp đã bị hỏng ({detail})</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>tệp hoặc thư mục chứa nó chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ổ đĩa báo lỗi</translation>
    </message>
    <message>
        <source>another program is writing to it</source>
        <translation>một chương trình khác đang ghi vào tệp</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <source>could not save {file}: {reason}; the last change was not saved</source>
        <translation>không lưu được {file}: {reason}; thay đổi vừa rồi chưa được lưu</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not an editable field (editable: {fields})</source>
        <translation>&apos;{field}&apos; không phải trường sửa được (các trường sửa được: {fields})</translation>
    </message>
    <message>
        <source>status must be one of {choices}, not {value}</source>
        <translation>trạng thái (status) phải là một trong {choices}, không phải {value}</translation>
    </message>
    <message>
        <source>unit_class must be one of {choices}, not {value}</source>
        <translation>loại đơn vị (unit_class) phải là một trong {choices}, không phải {value}</translation>
    </message>
    <message>
        <source>skipped, extraction took longer than {seconds} s</source>
        <translation>đã bỏ qua, trích xuất mất quá {seconds} giây</translation>
    </message>
    <message>
        <source>unexpected error while reading it: {error}</source>
        <translation>lỗi không lường trước khi đọc tệp: {error}</translation>
    </message>
    <message>
        <source>unexpected error in the extractor: {error}</source>
        <translation>lỗi không lường trước trong bộ trích xuất: {error}</translation>
    </message>
    <message>
        <source>the extraction processes cannot start</source>
        <translation>không khởi động được các tiến trình trích xuất</translation>
    </message>
    <message>
        <source>skipped, its extraction process stopped unexpectedly (exit code {code})</source>
        <translation>đã bỏ qua, tiến trình trích xuất của tệp dừng bất thường (mã thoát {code})</translation>
    </message>
    <message>
        <source>row {row}: {reason}; the row was skipped</source>
        <translation>dòng {row}: {reason}; đã bỏ qua dòng này</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>dòng không có tên</translation>
    </message>
    <message>
        <source>the name is {length} characters long</source>
        <translation>tên dài {length} ký tự</translation>
    </message>
    <message>
        <source>the unit {unit} is not one the app knows ({classes})</source>
        <translation>đơn vị {unit} không có trong các loại ứng dụng biết ({classes})</translation>
    </message>
    <message>
        <source>{value} does not say whether it is a change (yes or no)</source>
        <translation>{value} không cho biết có phải mức thay đổi không (có hoặc không)</translation>
    </message>
    <message>
        <source>row {row} repeats {name} of row {first}: synonyms merged</source>
        <translation>dòng {row} lặp lại {name} của dòng {first}: đã gộp từ đồng nghĩa</translation>
    </message>
    <message>
        <source>row {row} repeats {name} of row {first}: synonyms merged; its different {fields} ignored</source>
        <translation>dòng {row} lặp lại {name} của dòng {first}: đã gộp từ đồng nghĩa; bỏ qua {fields} khác biệt</translation>
    </message>
    <message>
        <source>no header row (with a column name or tên chỉ tiêu) and more than one column</source>
        <translation>không có dòng tiêu đề (với cột name hoặc tên chỉ tiêu) mà lại có nhiều cột</translation>
    </message>
    <message>
        <source>this is not a readable Excel workbook (.xlsx); it may be damaged</source>
        <translation>đây không phải sổ tính Excel (.xlsx) đọc được; tệp có thể bị hỏng</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls); save it as .xlsx or .csv and try again</source>
        <translation>đây là tệp Excel cũ (.xls); hãy lưu thành .xlsx hoặc .csv rồi thử lại</translation>
    </message>
    <message>
        <source>this is a binary file, not a CSV</source>
        <translation>đây là tệp nhị phân, không phải CSV</translation>
    </message>
    <message>
        <source>a codebook is written as .xlsx or .csv</source>
        <translation>danh mục chỉ tiêu được ghi thành .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>{n} figures like this were rejected and {k} confirmed: “{before} …”, unit {unit}</source>
        <translation>{n} số liệu tương tự đã bị loại và {k} được xác nhận: “{before} …”, đơn vị {unit}</translation>
    </message>
    <message>
        <source>{n} figures like this were rejected: “{before} …”, unit {unit}</source>
        <translation>{n} số liệu tương tự đã bị loại: “{before} …”, đơn vị {unit}</translation>
    </message>
    <message>
        <source>{n} figures like this were rejected and {k} confirmed: at the start of a sentence, unit {unit}</source>
        <translation>{n} số liệu tương tự đã bị loại và {k} được xác nhận: ở đầu câu, đơn vị {unit}</translation>
    </message>
    <message>
        <source>{n} figures like this were rejected: at the start of a sentence, unit {unit}</source>
        <translation>{n} số liệu tương tự đã bị loại: ở đầu câu, đơn vị {unit}</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>chỉ tiêu</translation>
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
        <source>unit class</source>
        <translation>loại đơn vị</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>mức độ</translation>
    </message>
    <message>
        <source>change</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Set {field} to “{new}” where it reads “{old}” in {outlet} articles? Apply to the other {n} like this?</source>
        <translation>Đặt {field} thành “{new}” khi đang là “{old}” trong các bài của {outlet}? Áp dụng cho {n} số liệu tương tự còn lại?</translation>
    </message>
    <message>
        <source>Set {field} to “{new}” where it reads “{old}” in {outlet} articles, from now on?</source>
        <translation>Từ nay đặt {field} thành “{new}” khi đang là “{old}” trong các bài của {outlet}?</translation>
    </message>
    <message>
        <source>Set {field} to “{new}” wherever it reads “{old}”? Apply to the other {n} like this?</source>
        <translation>Đặt {field} thành “{new}” ở mọi nơi đang là “{old}”? Áp dụng cho {n} số liệu tương tự còn lại?</translation>
    </message>
    <message>
        <source>Set {field} to “{new}” wherever it reads “{old}”, from now on?</source>
        <translation>Từ nay đặt {field} thành “{new}” ở mọi nơi đang là “{old}”?</translation>
    </message>
    <message>
        <source>“{reading}” was corrected to “{entry}” before</source>
        <translation>trước đây “{reading}” đã được sửa thành “{entry}”</translation>
    </message>
    <message>
        <source>its sentence names “{entry}”</source>
        <translation>câu của nó có nêu “{entry}”</translation>
    </message>
    <message>
        <source>like {n} confirmed figures of “{entry}”</source>
        <translation>giống {n} số liệu đã xác nhận của “{entry}”</translation>
    </message>
    <message>
        <source>its words match “{synonym}”, a synonym of “{entry}”</source>
        <translation>từ ngữ khớp với “{synonym}”, từ đồng nghĩa của “{entry}”</translation>
    </message>
    <message>
        <source>its words match the entry&apos;s name “{name}”</source>
        <translation>từ ngữ khớp với tên chỉ tiêu “{name}”</translation>
    </message>
    <message>
        <source>its words match “{measure}”, confirmed for “{entry}”</source>
        <translation>từ ngữ khớp với “{measure}”, đã xác nhận cho “{entry}”</translation>
    </message>
    <message>
        <source>in a double review the second reviewer decides the proposed figures; adding or deleting one is the first reviewer&apos;s</source>
        <translation>khi duyệt hai lần, người duyệt thứ hai quyết định các số liệu được đề xuất; thêm hoặc xoá số liệu là việc của người duyệt thứ nhất</translation>
    </message>
    <message>
        <source>in a double review the second reviewer decides {fields}, not {field}</source>
        <translation>khi duyệt hai lần, người duyệt thứ hai quyết định {fields}, không quyết định {field}</translation>
    </message>
    <message>
        <source>figure {figure_id} has no second review</source>
        <translation>số liệu {figure_id} chưa có bản duyệt thứ hai</translation>
    </message>
    <message>
        <source>the document&apos;s second reviewer is now {now}, not {old}; reload and try again</source>
        <translation>người duyệt thứ hai của văn bản giờ là {now}, không phải {old}; hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>a second reviewer needs a name</source>
        <translation>người duyệt thứ hai cần có tên</translation>
    </message>
    <message>
        <source>figure {figure_id} was adjudicated meanwhile; reload and try again</source>
        <translation>trong lúc đó số liệu {figure_id} đã được phân xử; hãy tải lại rồi thử lại</translation>
    </message>
    <message>
        <source>the project on {server} has version {version}, older than this app&apos;s {ours}: its admin upgrades it once with `solieu upgrade {server}`</source>
        <translation>dự án trên {server} ở phiên bản {version}, cũ hơn phiên bản {ours} của ứng dụng: người quản trị dự án nâng cấp một lần bằng `solieu upgrade {server}`</translation>
    </message>
    <message>
        <source>the project on {server} has an unknown version</source>
        <translation>dự án trên {server} có phiên bản không xác định</translation>
    </message>
    <message>
        <source>only the project&apos;s admin can upgrade the project on {server}</source>
        <translation>chỉ người quản trị dự án mới nâng cấp được dự án trên {server}</translation>
    </message>
    <message>
        <source>cannot upgrade the project on {server}: {reason}</source>
        <translation>không nâng cấp được dự án trên {server}: {reason}</translation>
    </message>
    <message>
        <source>qualifier must be empty or one of {choices}, not {value}</source>
        <translation>mức độ (qualifier) phải để trống hoặc là một trong {choices}, không phải {value}</translation>
    </message>
    <message>
        <source>entry_id must be an entry&apos;s id, not {value}</source>
        <translation>entry_id phải là mã của một chỉ tiêu, không phải {value}</translation>
    </message>
    <message>
        <source>change must be true or false, not {value}</source>
        <translation>thay đổi (change) phải là true hoặc false, không phải {value}</translation>
    </message>
    <message>
        <source>{field} must be text, not {value}</source>
        <translation>{field} phải là chữ, không phải {value}</translation>
    </message>
    <message>
        <source>{field} must be a number written like 76200000 or 76.2</source>
        <translation>{field} phải là một số viết như 76200000 hoặc 76.2</translation>
    </message>
    <message>
        <source>{field} must be a number written like 76200000 or 76.2, not {value}</source>
        <translation>{field} phải là một số viết như 76200000 hoặc 76.2, không phải {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number, not {value}</source>
        <translation>{field} phải là một số hữu hạn, không phải {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a document property (properties: {fields})</source>
        <translation>&apos;{field}&apos; không phải thuộc tính của tài liệu (các thuộc tính: {fields})</translation>
    </message>
    <message>
        <source>the publication date must be a date written like 2025-07-14, not {value}</source>
        <translation>ngày đăng phải là một ngày viết như 2025-07-14, không phải {value}</translation>
    </message>
    <message>
        <source>this is an old Word .doc file, not .docx: save it as .docx</source>
        <translation>đây là tệp Word .doc kiểu cũ, không phải .docx: hãy lưu lại thành .docx</translation>
    </message>
    <message>
        <source>the Word file is damaged or not a .docx</source>
        <translation>tệp Word bị hỏng hoặc không phải .docx</translation>
    </message>
    <message>
        <source>the Word file is damaged ({detail})</source>
        <translation>tệp Word bị hỏng ({detail})</translation>
    </message>
    <message>
        <source>the Word file has no text</source>
        <translation>tệp Word không có chữ</translation>
    </message>
    <message>
        <source>the web page is empty</source>
        <translation>trang web trống</translation>
    </message>
    <message>
        <source>the web page cannot be parsed ({detail})</source>
        <translation>không phân tích được trang web ({detail})</translation>
    </message>
    <message>
        <source>the web page has no article text</source>
        <translation>trang web không có nội dung bài viết</translation>
    </message>
    <message>
        <source>this is not a PDF file (no %PDF header)</source>
        <translation>đây không phải tệp PDF (không có phần đầu %PDF)</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>tệp PDF được bảo vệ bằng mật khẩu</translation>
    </message>
    <message>
        <source>the PDF is damaged ({detail})</source>
        <translation>tệp PDF bị hỏng ({detail})</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>tệp PDF không có trang nào</translation>
    </message>
    <message>
        <source>scanned PDF: no text layer; OCR is not supported</source>
        <translation>tệp PDF là bản quét: không có lớp chữ; chưa hỗ trợ nhận dạng chữ (OCR)</translation>
    </message>
    <message>
        <source>the file claims UTF-16 but is damaged</source>
        <translation>tệp khai báo là UTF-16 nhưng bị hỏng</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>đây là tệp nhị phân, không phải văn bản</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (undecodable byte at position {position}) and does not read as Vietnamese in Windows-1258, TCVN3 or VNI</source>
        <translation>văn bản không phải UTF-8 (có byte không giải mã được ở vị trí {position}) và cũng không đọc ra tiếng Việt theo Windows-1258, TCVN3 hay VNI</translation>
    </message>
    <message>
        <source>unknown encoding {encoding} (known: {known})</source>
        <translation>không biết bảng mã {encoding} (các bảng mã được hỗ trợ: {known})</translation>
    </message>
    <message>
        <source>the text is not {encoding} (undecodable byte at position {position})</source>
        <translation>văn bản không phải {encoding} (có byte không giải mã được ở vị trí {position})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>không có quyền: không đọc được tệp</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>không đọc được tệp ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>its span {start}..{end} does not match its text; skipped</source>
        <translation>vị trí {start}..{end} không khớp với văn bản của nó; đã bỏ qua</translation>
    </message>
    <message>
        <source>it has no known unit class ({unit_class}); skipped</source>
        <translation>không có loại đơn vị đã biết ({unit_class}); đã bỏ qua</translation>
    </message>
    <message>
        <source>its value cannot be written exactly; skipped</source>
        <translation>không thể ghi giá trị của nó một cách chính xác; đã bỏ qua</translation>
    </message>
    <message>
        <source>its value needs {digits} digits, more than any figure ({limit})</source>
        <translation>giá trị của nó cần {digits} chữ số, nhiều hơn mọi số liệu có thể có ({limit})</translation>
    </message>
    <message>
        <source>its measure, place and period could not be read ({detail})</source>
        <translation>không đọc được chỉ tiêu, địa bàn và thời kỳ của nó ({detail})</translation>
    </message>
    <message>
        <source>a numeral of {digits} digits cannot be a figure</source>
        <translation>một con số có {digits} chữ số không thể là số liệu</translation>
    </message>
    <message>
        <source>{reason}; skipped</source>
        <translation>{reason}; đã bỏ qua</translation>
    </message>
    <message>
        <source>its value cannot be computed exactly; skipped</source>
        <translation>không tính được chính xác giá trị của nó; đã bỏ qua</translation>
    </message>
    <message>
        <source>this number could not be read ({error}: {detail}); skipped</source>
        <translation>không đọc được con số này ({error}: {detail}); đã bỏ qua</translation>
    </message>
    <message>
        <source>the {package} package&apos;s data files are missing ({files}): install it with `pip install {package}`</source>
        <translation>thiếu các tệp dữ liệu của gói {package} ({files}): hãy cài đặt bằng `pip install {package}`</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>unexpected layout of the {package} data: {detail}</source>
        <translation>dữ liệu của gói {package} có cấu trúc không như mong đợi: {detail}</translation>
    </message>
    <message>
        <source>expected 63 old and 34 new provinces, got {old}, {new} and a merger map of {merged}</source>
        <translation>cần 63 tỉnh cũ và 34 tỉnh mới, nhưng có {old}, {new} và bảng sáp nhập gồm {merged}</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>tệp không có chữ</translation>
    </message>
</context>
</TS>
