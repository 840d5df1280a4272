"""Words for a figure's measure (guideline §8): the role lexicons (the reader of a span
into words is `measure_reader.py`).

Vietnamese writes a word as one or more syllables (`kim ngạch`, `đầu tư`), and a noun
phrase runs head first, modifiers after: `kim ngạch | xuất khẩu | cà phê`. The measure
reader segments the words around a figure by longest match in `ROLES` (so a listed
compound is never split) and reads each word's role:

- HEAD: a noun that names a quantity (`kim ngạch`, `vốn`, `số`, `tỷ trọng`); the measure
  starts there. AMOUNT heads (`tổng vốn`, `trị giá`) also name the amount of a counted
  set said just before (`6 dự án ..., tổng vốn 6.000 tỷ đồng`).
- TRADE: `xuất khẩu`, `nhập khẩu`: a flow whose value in a currency is its `kim ngạch`.
- STOP: a predicate or conjunction that ends a noun phrase (`tăng`, `đạt`, `khiến`),
  a rank or evaluation word (`đứng thứ`, `dẫn đầu`, `kỷ lục`: `RANK`), a share's verb.
- PREP: a preposition that starts an adjunct after a noun (`cho`, `tại`, `trong`).
- FUNC, AUX, FILLER, MATRIX: words a measure never starts or ends with.
- CVERB: a verb that tells one count from another (`ký kết`, `cấp mới`, `bị thương`):
  `ký kết 20 văn bản` is `số văn bản ký kết`. GVERB: a verb that does not (`có`,
  `triển khai`, `tổ chức`).
- N: any other listed compound (only so that it is not split).

"""

from __future__ import annotations

from solieu.extract.units import COMPOUND_NOUNS


def _words(block: str) -> list[str]:
    return [" ".join(w.split()) for w in block.replace("\n", " ").split("|") if w.strip()]


AMOUNT = _words(
    """tổng|tổng số|tổng vốn|tổng số vốn|tổng mức đầu tư|tổng mức|vốn|vốn đầu tư|vốn đăng ký
    |trị giá|tổng trị giá|giá trị|tổng giá trị|kinh phí|tổng kinh phí|quy mô|diện tích
    |tổng diện tích|công suất|tổng công suất|số tiền|tổng số tiền|tổng vốn đầu tư|số vốn"""
)
COUNT_HEADS = frozenset(["số", "tổng số", "số lượng", "tổng số lượng"])
HEAD = _words(
    """kim ngạch|tổng kim ngạch|doanh thu|tổng doanh thu|doanh số|lợi nhuận|lãi|sản lượng
    |tổng sản lượng|năng suất|số|số lượng|tổng số lượng|tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|giá
    |mức giá|giá bán|giá thành|giá thuê|giá vé|lượng|khối lượng|thu|chi|tổng thu|tổng chi
    |thu nhập|chỉ số|mức|quy mô|chiều dài|chiều rộng|chiều cao|độ dài|độ sâu|dân số
    |lượt khách|lượng khách|tổng lượt khách|nguồn thu|ngân sách|dư nợ|nợ xấu|nợ công
    |bội chi|lạm phát|thặng dư|thâm hụt|xuất siêu|nhập siêu|tăng trưởng|tốc độ tăng trưởng
    |tốc độ tăng|tốc độ|thiệt hại|tổng thiệt hại|tiền|lương|mức lương|tiền lương|tổng đàn
    |đàn|tổng sản phẩm|tổng mức bán lẻ|lãi suất|tỷ giá|tỉ giá|chi phí|tổng chi phí|GDP
    |GRDP|CPI|IIP|PCI|giá trị sản xuất|sức mua|tồn kho|nguồn cung|lượng tiêu thụ|thuế
    |phí|lệ phí|nguồn lực|tổng nguồn vốn|tiền gửi|tín dụng|tổng phương tiện thanh toán
    |công suất phòng|mật độ|độ che phủ|tỷ suất|điểm chuẩn|lượng mưa|mực nước|nhiệt độ
    |lưu lượng|đầu tư công|vốn FDI|vốn ODA|giải ngân|tổng giải ngân|học phí|viện phí
    |cán cân thương mại|cán cân|lực lượng lao động"""
)
TRADE = _words("xuất khẩu|nhập khẩu|xuất nhập khẩu|tổng xuất nhập khẩu|tái xuất")

# predicates and conjunctions: a noun phrase ends before them
STOP = _words(
    """tăng|giảm|đạt|chiếm|là|bằng|gấp|khiến|giúp|đưa|kéo|nhưng|thì|mà|nên|vì|do|bởi
    |nhằm|để|khi|nếu|so với|so|còn|trở thành|góp phần|tạo|mở ra|dẫn đầu|xếp|vượt|lên|xuống
    |đều|vẫn|lại|cũng|tiếp tục|tăng thêm|giảm thêm|sụt giảm|đạt được|chỉ đạt|ở mức|dao động
    |trong khi|trong đó|nhất là|đặc biệt là|chủ yếu|phần lớn|bao gồm|gồm|như|không|chưa
    |cao hơn|thấp hơn|nhiều hơn|ít hơn|lần lượt|tương ứng|ước|ước đạt|ước tính|dự kiến"""
)
# prepositions that start an adjunct after a noun phrase (where a place, a time or a
# purpose usually follows); `của` (owner) and `và` are not among them
PREP = _words(
    """cho|tại|ở|trong|theo|từ|sang|vào|trên|dưới|về|qua|đến|tới|thuộc|trên địa bàn|với
    |cùng|sau|trước|bên cạnh|ngoài"""
)
FUNC = _words(
    """và|hoặc|hay|của|các|những|mọi|một số|toàn bộ|cả|này|đó|kia|nào|nay|đây|ấy|trên|là
    |có|được|bị|đã|đang|sẽ|vừa|cũng|đều|thì|mà|với|cho|tại|ở|trong|từ|đến|tới|vào
    |theo|về|sau|qua|hơn|gần|khoảng|chỉ|nữa|rồi|riêng|tính|lũy kế|luỹ kế|còn"""
)
AUX = _words(
    "đã|đang|sẽ|vừa|cũng|được|bị|vẫn|đều|còn|chưa|từng|đã được|đang được|có thể|có khả năng"
)
FILLER = _words(
    """cụ thể|đồng thời|hiện|hiện nay|hiện tại|nhờ vậy|nhờ đó|ngoài ra|bên cạnh đó|tính đến
    |thời điểm|đến thời điểm|riêng|nổi bật|nổi bật là|toàn|trong đó|theo đó|qua đó|từ đó
    |tuy nhiên|mặt khác|tổng cộng|lũy kế|luỹ kế|đến nay|tới nay
    |từ đầu năm|từ đầu năm đến nay|năm nay|năm qua|kỳ này|tháng này|quý này|tuần này
    |tháng qua|quý qua|hiện có|cùng kỳ|so cùng kỳ
    |so với cùng kỳ|trong kỳ|theo báo cáo|theo thống kê|theo số liệu|có nơi|nhiều nơi
    |một số nơi|cá biệt|riêng"""
)
# control verbs: what follows them is their complement, not their subject
MATRIX = _words(
    """đảm bảo|bảo đảm|phấn đấu|duy trì|giữ|giữ vững|hướng tới|hướng đến|nhằm|góp phần|giúp
    |thúc đẩy|tiếp tục|cần|phải|muốn|cho biết|cho thấy|khẳng định|nhấn mạnh|báo cáo|ghi nhận
    |nâng|đưa|kéo|đặt mục tiêu|mục tiêu|chỉ tiêu|kế hoạch|dự báo|thông tin|công bố"""
)
CVERB = _words(
    """ký|ký kết|kí kết|cấp|cấp mới|cấp phép|điều chỉnh|thành lập
    |thành lập mới|đăng ký|đăng ký mới|đăng ký thành lập|giải thể|tạm ngừng|tạm ngừng kinh doanh
    |ngừng hoạt động|quay trở lại hoạt động|nâng cấp|thiết lập|khởi công|khánh thành
    |hoàn thành|phê duyệt|chấp thuận|thẩm định|xử lý|xử phạt|phát hiện|bắt giữ|bắt|khởi tố
    |triệt phá|tịch thu|thu giữ|cứu|cứu sống|cứu hộ|sơ tán|di dời|chết|tử vong|bị thương
    |mất tích|thiệt mạng|hư hỏng|bị hư hỏng|sập|bị sập|tốc mái|ngập|bị ngập|cuốn trôi
    |vùi lấp|nhiễm|mắc|tiêm|xét nghiệm|khám|điều trị|tuyển sinh|tuyển dụng|đào tạo|giải quyết
    |xây dựng|xây mới|sửa chữa|bàn giao|tiêu thụ|bán|bán ra|mua|tiêu hủy|tiêu huỷ|tiêm phòng
    |vi phạm|nộp|đón|phục vụ|thu hút|kết nạp|trồng|trồng mới|gieo cấy|gieo trồng|thu hoạch
    |giải ngân|cấp vốn|cho vay|cho thuê|cắt giảm|trúng tuyển|tốt nghiệp|hỗ trợ vốn|giáp|thoát nghèo
    |xuống giống|gieo sạ|gieo mạ
    |đạt chuẩn|công nhận|sản xuất|khai thác|đánh bắt|nuôi trồng|chăn nuôi|bắt giữ được"""
)
GVERB = _words(
    """có|đạt|là|gồm|bao gồm|triển khai|tổ chức|thực hiện|tham gia|huy động|tiếp nhận|hỗ trợ
    |xảy ra|ghi nhận|đến từ|tiếp đón|hiện có|sở hữu|quản lý|thống kê|rà soát|tổng hợp|chiếm
    |nhận|tạo|có được|mở|tổ chức thành công|làm|đi|về|gây|tập trung|phân bố|nằm"""
)
# whole words that are nouns or idioms in these domains (listed only so they are not split
# into syllables that look like heads or predicates: `đánh giá` is not `giá`)
NOUNS = _words(
    """đánh giá|thu hút|thu hoạch|thu giữ|thu gom|thu mua|chi nhánh|chi tiết|chi cục|chất lượng
    |tổng cục|tổng kết|tổng hợp|tổng thể|tổng công ty|tổng bí thư|tổng giám đốc|tổng lãnh sự
    |số hóa|số hoá|chuyển đổi số|kinh tế số|giá cả|thị giá|mức độ|mức sống|tăng cường
    |giảm nghèo|giảm thiểu|nước ngoài|ở nước ngoài|tại nước ngoài|trong nước|ngoài nước
    |còn hiệu lực|hai chiều|làm việc|làm thủ tục|đầu tư|sử dụng|xúc tiến|xúc tiến thương mại|thương mại|ngoại giao|kinh tế
    |du lịch|đầu tư trực tiếp|trực tiếp|vay ưu đãi|ưu đãi|viện trợ|phi chính phủ|đối tác
    |quan hệ|hợp tác|toàn diện|cấp cao|lãnh thổ|vùng lãnh thổ|biên giới|bờ biển|đường biên
    |tai nạn|tai nạn giao thông|giao thông|ngân sách nhà nước|nhà nước|dự toán|cùng kỳ
    |hàng hóa|hàng hoá|dịch vụ|tiêu dùng|bán lẻ|lữ hành|lưu trú|nông nghiệp|công nghiệp
    |xây dựng cơ bản|bất động sản|nhà ở xã hội|chung cư|căn hộ|đất đai|lúa gạo|cà phê
    |hồ tiêu|cao su|thủy sản|thuỷ sản|hải sản|rau quả|trái cây|dệt may|da giày|điện tử
    |máy tính|linh kiện|điện thoại|sắt thép|phân bón|xăng dầu|khách quốc tế|khách nội địa
    |lao động|việc làm|hộ nghèo|người dân|đồng bào|hè thu|đông xuân|thu đông|vụ mùa
    |sinh kế|giáo dục|y tế|văn hóa|văn hoá|khoa học|công nghệ|khoa học công nghệ|môi trường
    |hạ tầng|đô thị|nông thôn|nông thôn mới|tài chính|ngân hàng|bảo hiểm|bảo hiểm xã hội"""
)
# compounds that hold a syllable which alone ends a phrase (a predicate, a preposition, a
# number word): listed so that `hàng không`, `tự do`, `tư nhân` are never cut in two
GUARDED = _words(
    """gia tăng|tái tạo|năng lượng|năng lượng tái tạo|tái chế
    |giá trị gia tăng|tăng ca|tăng tốc|cắt giảm|suy giảm|giảm tốc|thành đạt
    |công bằng|cân bằng|bằng chứng|bằng cấp|bằng lái|gấp rút|giúp đỡ|giúp việc|đưa đón
    |đưa tin|kéo dài|lôi kéo|tự do|thương mại tự do|khu thương mại tự do|so sánh
    |giá so sánh|giá hiện hành|còn lại|sáng tạo|đổi mới sáng tạo|chế tạo|chế biến chế tạo
    |cải tạo|kiến tạo|mở rộng|cởi mở|mở cửa|sắp xếp|xếp hạng|xếp loại|vượt trội|vượt bậc
    |xuống cấp|đồng đều|đều đặn|đi lại|qua lại|hàng không|không gian|không khí|không lưu
    |cho thuê|cho phép|chỗ ở|trong sạch|theo dõi|từ thiện|từ xa|sang nhượng|sang tên
    |đầu vào|ra vào|thông qua|trực thuộc|phụ thuộc|thuộc tính|cuối cùng|sau này|trước đây
    |trước mắt|ngoài trời|ngoài công lập|ngoài nhà nước|tư nhân|kinh tế tư nhân|tư vấn
    |tư liệu|tư pháp|tư duy|tư cách|tư bản|năm học|hằng năm|hàng năm|triệu tập|tỷ phú
    |chín muồi|trở nên|chiếm dụng|chiếm đoạt|lừa đảo chiếm đoạt|mong ước|ước mơ|một phần
    |bên ngoài|bên trong|hướng dẫn|đầu ra|quá trình|quá tải|trên hết|vì vậy|bởi vì
    |thống nhất|hợp nhất|duy nhất|nhất định|nhất trí|đồng nhất|thứ nhất|ít nhất|hoàn toàn"""
)
# permits and certificates a count is granted, listed whole so that a verb inside the name
# (`đăng ký`, `xây dựng`) is not taken for the verb before the count
PERMITS = _words(
    """giấy chứng nhận|giấy phép|giấy phép xây dựng|giấy phép hoạt động|giấy phép lao động
    |giấy chứng nhận quyền sử dụng đất"""
)
# the registration documents among them: what the count's noun was registered as
# (`cấp mới Giấy chứng nhận đăng ký đầu tư cho 14 dự án` is `số dự án cấp mới`), no part
# of the verb that tells the count apart
REGISTRATIONS = frozenset(
    _words(
        """giấy chứng nhận đăng ký đầu tư|giấy chứng nhận đầu tư|giấy phép đầu tư
        |giấy chứng nhận đăng ký doanh nghiệp|giấy chứng nhận đăng ký kinh doanh
        |chủ trương đầu tư|quyết định chủ trương đầu tư"""
    )
)
# regions are places too (guideline §8): dropped like a province
REGIONS = _words(
    """đồng bằng sông cửu long|đbscl|đồng bằng sông hồng|tây nguyên|đông nam bộ
    |bắc trung bộ|duyên hải nam trung bộ|nam trung bộ|trung du và miền núi phía bắc
    |bắc trung bộ và duyên hải miền trung|miền trung|miền bắc|miền nam"""
)
# a preposition before a removed place or period goes with it (`của [tỉnh Nghệ An]`)
BEFORE_MENTION = frozenset(
    _words(
        """của|tại|ở|trong|vào|đến|tới|từ|trên|thuộc|tính đến|tính từ|trong cả|của cả|cả
        |toàn|trên địa bàn|so với|so|cùng kỳ|sau|trước|hết|đến hết|tính đến hết|ngày|tỉnh
        |thành phố|tp|tp.|điểm cầu|đầu cầu|vùng|khu vực"""
    )
)
# phrases that stand for the place of the figure itself: never in a measure (a bare
# `tỉnh` or `thành phố` is left alone: it is also a counted noun, `34 UBND tỉnh, thành phố`)
PLACE_FILLERS = _words(
    """trên địa bàn|trên địa bàn tỉnh|toàn tỉnh|cả tỉnh|toàn thành phố|toàn thành|cả nước
    |toàn quốc|trong tỉnh|của tỉnh|tỉnh ta|trên cả nước|toàn ngành|trong nước và quốc tế
    |địa bàn tỉnh|trên địa bàn thành phố|địa bàn|của thành phố|của huyện|của địa phương
    |toàn huyện|toàn vùng|cả vùng|trên địa bàn huyện"""
)
# administrative nouns: a subject made of them is the figure's place, not its measure
ADMIN = frozenset(_words("tỉnh|thành phố|huyện|xã|phường|thị xã|địa phương|tp|nước ta|ta|toàn"))
# rank and evaluation words: they place a value among others (`Bắc Ninh đứng thứ hai với`,
# `đạt kỷ lục`), never name its quantity; they end a noun phrase like a predicate
RANK = frozenset(
    _words(
        """đứng thứ|xếp thứ|đứng đầu|dẫn đầu|tiếp theo|tiếp đến|tiếp sau|theo sau|kế đến
        |kế tiếp|sau đó là|kỷ lục|mức kỷ lục|cao kỷ lục|cao nhất|thấp nhất|lớn nhất|nhiều nhất
        |mạnh nhất|nhanh nhất|sâu nhất|nhất|chủ lực|áp đảo"""
    )
)
RANK_ORDINAL = frozenset(["đứng thứ", "xếp thứ"])  # before the ordinal: `đứng thứ hai`
# a paragraph that opens with these continues the one before (its measures carry on)
CONTINUES = frozenset(
    _words("trong đó|riêng|cụ thể|bên cạnh đó|ngoài ra|đồng thời|tiếp theo|tiếp đến|kế đến")
)
# an appositive list inside a subject: the head noun is before it (`tổng vốn ..., bao gồm
# vốn cấp mới, vốn điều chỉnh ..., đạt`; `lao động đến từ các tỉnh như A, B chiếm`)
LIST_OPENERS = frozenset(_words("bao gồm|gồm|gồm có|như|kể cả|trong đó có"))
# verbs of a share: `X chiếm 20% Y`, `X đóng góp 80% Y` is the share of X in Y
SHARE_VERBS = frozenset(
    _words("chiếm|đóng góp|chiếm tỷ lệ|chiếm tỉ lệ|chiếm tỷ trọng|chiếm tỉ trọng|chiếm lĩnh")
)
# words after which a clause starts anew (cut like a comma)
CLAUSE_CUTS = frozenset(_words("trong đó|nhất là|đặc biệt là|trong số đó|cụ thể là|bao gồm|gồm"))
# dimension adjectives before a physical value (`dài 82km`): the quantity they name
DIMENSIONS = {
    "dài": "chiều dài",
    "rộng": "chiều rộng",
    "cao": "chiều cao",
    "sâu": "độ sâu",
    "nặng": "khối lượng",
}
# the quantity a physical unit measures when the text names only the thing (`82km đường`)
CLASS_HEAD = {
    "length": "chiều dài",
    "area": "diện tích",
    "mass": "khối lượng",
    "volume": "khối lượng",
}
PRODUCTION_VERBS = frozenset(
    _words("thu hoạch|sản xuất|khai thác|đánh bắt|nuôi trồng|chăn nuôi|gieo trồng")
)
# heads that need an object, which a paragraph's topic may give (`Về xuất khẩu, kim ngạch`)
GENERIC_HEADS = frozenset(
    _words("giá|mức giá|giá bán|kim ngạch|doanh thu|sản lượng|lượng|giá trị|năng suất|diện tích")
)
# bases of an attainment ratio (`đạt 105% dự toán`)
BASES = _words("dự toán|kế hoạch|KH|chỉ tiêu|mục tiêu|cùng kỳ|năm trước|tháng trước")
BASES_LOW = frozenset(w.lower() for w in BASES)
# words that refer back to the figure before (`con số này tăng 5%`)
ANAPHORS = frozenset(_words("con số này|con số trên|mức này|số này|con số đó|mức đó"))
# level words and qualifiers dropped next to the number (besides lexicon.py's lists)
TAIL_EXTRA = _words(
    """lên|xuống|tới|đến|được|lần lượt|tương ứng|ở mức|mức|chiếm|bằng|hoàn thành|đạt được
    |chỉ đạt|có|với|cho|gồm|dao động|dao động từ|dao động ở mức|quanh|quanh mức|là|còn
    |xuống còn|lên mức|vượt|khoảng|gần|hơn|trên|dưới|đạt|trị giá|tổng cộng|cả|tất cả|chỉ|từ
    |đến nay|hiện|nay|hiện có|so với cùng kỳ|so cùng kỳ|cùng kỳ|khoảng chừng|vào khoảng
    |tới gần|đến gần|gần như|thêm|đạt mức|lên tới|lên đến|thu được|thu về|mang về"""
)
# adverbs of a change verb (`tăng mạnh 20%`), dropped only right after one
ADVERBS = _words(
    "mạnh|nhẹ|mạnh mẽ|đáng kể|nhanh|chậm|sâu|vọt|bình quân|trung bình|thêm|lên|xuống|tới"
)
# number words: a count after a noun phrase ends it (`... và hai dự án`)
NUMBER_WORDS = frozenset(
    _words("một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|triệu|tỷ|tỉ|chục")
)
NUMBER_IDIOMS = frozenset(_words("hai chiều|một số|một trong|một cách|ba bên|hai bên"))

ROLES: dict[str, str] = {}
for _role, _block in (
    ("N", [*COMPOUND_NOUNS, *NOUNS, *GUARDED, *PERMITS, *REGISTRATIONS]),
    ("GVERB", GVERB),
    ("CVERB", CVERB),
    ("MATRIX", MATRIX),
    ("FILLER", FILLER),
    ("AUX", AUX),
    ("FUNC", FUNC),
    ("PREP", PREP),
    ("STOP", [*STOP, *RANK, *SHARE_VERBS]),
    ("TRADE", TRADE),
    ("HEAD", HEAD),
    ("AMOUNT", AMOUNT),
    ("PLACE", [*PLACE_FILLERS, *REGIONS]),
):
    for _w in _block:
        ROLES[_w.lower()] = _role  # a later list wins: HEAD over STOP over FUNC ...
for _w in NUMBER_IDIOMS:
    ROLES[_w] = "N"
# the listed words of two or more syllables as a trie by syllable (`tổng` → `mức` →
# `đầu` → `tư`), each node's role under the key None (no syllable): a word grows a
# syllable at a time while it is the start of a listed one, one dict look-up a step
SYLLABLE_TRIE: dict[str, dict] = {}
for _w, _role in ROLES.items():
    _parts = _w.split(" ")
    if len(_parts) > 1:
        _node = SYLLABLE_TRIE
        for _p in _parts:
            _node = _node.setdefault(_p, {})
        _node[None] = _role
