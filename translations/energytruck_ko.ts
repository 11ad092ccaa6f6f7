<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActionButton</name>
    <message>
        <source>Space or Enter presses it</source>
        <translation>Space나 Enter로 누릅니다</translation>
    </message>
</context>
<context>
    <name>AlarmBar</name>
    <message>
        <source>Alarm flood: %1 alarms in the last 10 minutes, grouped by incident</source>
        <translation>알람 폭주: 최근 10분 동안 알람 %1건, 사고별로 묶음</translation>
    </message>
    <message>
        <source>%1 to acknowledge</source>
        <translation>확인 대기 %1건</translation>
    </message>
    <message>
        <source>%1 shelved</source>
        <translation>보류 %1건</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>알람 (%1)</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Alarms</source>
        <translation>알람</translation>
    </message>
    <message>
        <source>Show shelved (%1)</source>
        <translation>보류 알람 보기 (%1)</translation>
    </message>
    <message>
        <source>shelved until %1: %2</source>
        <translation>%1까지 보류: %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Reason to shelve</source>
        <translation>보류 사유</translation>
    </message>
    <message>
        <source>Shelve 1 h</source>
        <translation>1시간 보류</translation>
    </message>
</context>
<context>
    <name>AssetOutputChart</name>
    <message>
        <source>Output of %1</source>
        <translation>%1 출력</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Reading the server&apos;s trail…</source>
        <translation>서버의 기록을 읽는 중…</translation>
    </message>
    <message>
        <source>%1 newest entries</source>
        <translation>최근 항목 %1건</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Only administrators can read the audit trail.</source>
        <translation>감사 기록은 관리자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>감사 기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>아직 기록이 없습니다</translation>
    </message>
    <message>
        <source>Newest first; Up and Down scroll</source>
        <translation>최신 순, 위아래 키로 스크롤합니다</translation>
    </message>
</context>
<context>
    <name>AuditRow</name>
    <message>
        <source>anonymous</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>요청 %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>The offline cache was damaged (%1). It was moved to %2 and a new one is being filled from the server.</source>
        <translation>오프라인 캐시가 손상되었습니다(%1). 손상된 파일은 %2(으)로 옮겼고, 새 캐시를 서버에서 채우는 중입니다.</translation>
    </message>
    <message>
        <source>Its queued commands could not be read; check that recent orders reached the server.</source>
        <translation>대기 중이던 명령을 읽을 수 없습니다. 최근 지시가 서버에 전달되었는지 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued command(s) were kept and will be sent.</source>
        <translation>
            <numerusform>대기 중이던 명령 %n건을 보존했으며 곧 전송합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterDetail</name>
    <message>
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>전화번호 복사</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Route in Kakao Map</source>
        <translation>카카오맵 길찾기</translation>
    </message>
    <message>
        <source>Find in Naver Map</source>
        <translation>네이버 지도에서 찾기</translation>
    </message>
</context>
<context>
    <name>CenterDetailPage</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>인력: %1</translation>
    </message>
    <message>
        <source>Notices from operators</source>
        <translation>운영자 공지</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>후기</translation>
    </message>
    <message numerus="yes">
        <source>★ %1 · %n review(s)</source>
        <translation>
            <numerusform>★ %1 · 후기 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterImportCard</name>
    <message>
        <source>Import centers (standard data CSV)</source>
        <translation>센터 가져오기 (표준데이터 CSV)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Queued: sent when the server can be reached.</source>
        <translation>대기 중: 서버에 연결되면 보냅니다.</translation>
    </message>
    <message>
        <source>Uploaded: every console gets the centers with its next sync.</source>
        <translation>올림: 모든 콘솔이 다음 동기화 때 받습니다.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>올리기</translation>
    </message>
    <message>
        <source>Import centers</source>
        <translation>센터 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>CenterNotices</name>
    <message>
        <source>Temporarily closed</source>
        <translation>임시 휴무</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>공지</translation>
    </message>
    <message>
        <source>Temporary closure</source>
        <translation>임시 휴무</translation>
    </message>
    <message>
        <source>Until tonight</source>
        <translation>오늘 밤까지</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <source>For 3 hours</source>
        <translation>3시간 동안</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>1일 동안</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3일 동안</translation>
    </message>
    <message>
        <source>For 7 days</source>
        <translation>7일 동안</translation>
    </message>
    <message>
        <source>Reason (required), e.g. staff training this afternoon</source>
        <translation>사유 (필수), 예: 오늘 오후 직원 교육</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>양식 닫기</translation>
    </message>
    <message>
        <source>Post a notice or closure…</source>
        <translation>공지 또는 임시 휴무 올리기…</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>공지 없음</translation>
    </message>
</context>
<context>
    <name>CenterRankReasons</name>
    <message>
        <source>Match %1 of 100</source>
        <translation>적합도 %1점 (100점 만점)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (가중치 %2)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>CenterRankWording</name>
    <message>
        <source>stress</source>
        <translation>스트레스</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>우울감</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>수면</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>중독</translation>
    </message>
    <message>
        <source>family</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>위기</translation>
    </message>
    <message>
        <source>physical health</source>
        <translation>신체 건강</translation>
    </message>
    <message>
        <source>%1 km away, within %2 km</source>
        <translation>%1 km 거리 (반경 %2 km 안)</translation>
    </message>
    <message>
        <source>no position to measure from</source>
        <translation>거리를 잴 위치가 없음</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>지금 운영 중</translation>
    </message>
    <message>
        <source>open, but closes in %1 min</source>
        <translation>운영 중, %1분 뒤 종료</translation>
    </message>
    <message>
        <source>closed, opens at %1 today</source>
        <translation>운영 종료, 오늘 %1 개시</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>지금 운영 안 함</translation>
    </message>
    <message>
        <source>closed today (%1)</source>
        <translation>오늘 휴무 (%1)</translation>
    </message>
    <message>
        <source>hours uncertain, never counted as open</source>
        <translation>운영시간 불확실: 운영 중으로 치지 않음</translation>
    </message>
    <message>
        <source>its kind covers %1</source>
        <translation>센터 유형이 %1 분야를 다룸</translation>
    </message>
    <message>
        <source>its services offer help with %1</source>
        <translation>업무 내용에 %1 관련 도움이 있음</translation>
    </message>
    <message>
        <source>nothing listed for your needs</source>
        <translation>필요한 분야에 해당하는 내용 없음</translation>
    </message>
    <message>
        <source>no needs given: take the self-check</source>
        <translation>필요 분야 없음: 자가 점검을 해 보세요</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>지금 운영</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>전문 분야</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Match %1</source>
        <translation>적합도 %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>helps with %1</source>
        <translation>%1 도움</translation>
    </message>
</context>
<context>
    <name>CenterReviews</name>
    <message>
        <source>No reviews yet</source>
        <translation>아직 후기가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n review(s)</source>
        <translation>
            <numerusform>%1 %2 · 후기 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Why hide it (required)</source>
        <translation>숨기는 이유 (필수)</translation>
    </message>
    <message>
        <source>Hide review</source>
        <translation>후기 숨기기</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>숨기기…</translation>
    </message>
    <message>
        <source>Edit your review</source>
        <translation>내 후기 고치기</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>후기 쓰기</translation>
    </message>
    <message>
        <source>What helped, what did not (up to %1 characters)</source>
        <translation>도움이 된 점, 아쉬운 점 (최대 %1자)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>후기 저장</translation>
    </message>
</context>
<context>
    <name>CenterRow</name>
    <message>
        <source>Remove from favorites</source>
        <translation>즐겨찾기에서 빼기</translation>
    </message>
    <message>
        <source>Add to favorites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>운영 %1</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>운영시간 미상</translation>
    </message>
    <message>
        <source>Data of %1: more than a year old, check by phone</source>
        <translation>%1 기준 자료: 1년 넘게 지난 자료이니 전화로 확인하세요</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>%1 기준 자료</translation>
    </message>
    <message>
        <source>From the keyboard: F in the list</source>
        <translation>키보드로는 목록에서 F</translation>
    </message>
</context>
<context>
    <name>CenterSearchPage</name>
    <message>
        <source>All categories</source>
        <translation>모든 구분</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>상담센터</translation>
    </message>
    <message>
        <source>%1 of %2 centers</source>
        <translation>센터 %2곳 중 %1곳</translation>
    </message>
    <message>
        <source>Search name, address or service</source>
        <translation>이름, 주소, 서비스 검색</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>거리 무관</translation>
    </message>
    <message>
        <source>Within %1 km</source>
        <translation>%1 km 이내</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>적합도순</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>가까운 순</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Map centre</source>
        <translation>지도 중심</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>지도에서 선택</translation>
    </message>
    <message>
        <source>Click the map to choose the point to search from</source>
        <translation>검색 기준 위치를 지도에서 클릭하세요</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>지금 운영</translation>
    </message>
    <message>
        <source>Open after 18:00</source>
        <translation>18시 이후 운영</translation>
    </message>
    <message>
        <source>Open at weekends</source>
        <translation>주말 운영</translation>
    </message>
    <message>
        <source>★ Favorites</source>
        <translation>★ 즐겨찾기</translation>
    </message>
    <message>
        <source>Ranked for your needs: %1</source>
        <translation>내 필요에 맞춘 순위: %1</translation>
    </message>
    <message>
        <source>none stand out</source>
        <translation>두드러진 분야 없음</translation>
    </message>
    <message>
        <source>A private self-check ranks centers by what you need.</source>
        <translation>비공개 자가 점검을 하면 필요에 맞게 센터 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>자가 점검</translation>
    </message>
    <message>
        <source>Take the self-check</source>
        <translation>자가 점검하기</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>도움받을 곳</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>가져오기 닫기</translation>
    </message>
    <message>
        <source>Import centers (CSV)…</source>
        <translation>센터 가져오기 (CSV)…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Up and Down choose a center, Enter opens it, F adds it to the favorites or removes it.</source>
        <translation>위아래 키로 센터를 고르고, Enter로 열고, F로 즐겨찾기에 넣거나 뺍니다.</translation>
    </message>
</context>
<context>
    <name>CenterStaff</name>
    <message>
        <source>Doctors %1</source>
        <translation>의사 %1</translation>
    </message>
    <message>
        <source>Nurses %1</source>
        <translation>간호사 %1</translation>
    </message>
    <message>
        <source>Social workers %1</source>
        <translation>사회복지사 %1</translation>
    </message>
    <message>
        <source>Nutritionists %1</source>
        <translation>영양사 %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>기타: %1</translation>
    </message>
</context>
<context>
    <name>ChartPointer</name>
    <message>
        <source>Chart&apos;s time range</source>
        <translation>차트의 시간 범위</translation>
    </message>
    <message>
        <source>The wheel or + and − zoom, a drag or Left and Right pan, a double click or 0 goes back to the 24 hours around now.</source>
        <translation>휠이나 + − 키로 확대·축소하고, 끌거나 왼쪽·오른쪽 키로 옮기며, 두 번 누르거나 0 키로 지금 앞뒤 24시간으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>ChartTimeScale</name>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
</context>
<context>
    <name>ChipToggle</name>
    <message>
        <source>Space or Enter chooses it</source>
        <translation>Space나 Enter로 고릅니다</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>Up and Down change the choice, Space opens the list</source>
        <translation>위아래 키로 선택을 바꾸고, Space로 목록을 엽니다</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Operator console for Jeju&apos;s energy system: energy flows, energy trucks, disasters and public health centers.</source>
        <translation>제주 에너지 계통 운영 콘솔: 에너지 흐름, 에너지 트럭, 재난, 공공 건강·정신건강 센터.</translation>
    </message>
    <message>
        <source>Use the backend at URL instead of starting the bundled one.</source>
        <translation>내장 서버를 시작하지 않고 URL의 백엔드를 사용합니다.</translation>
    </message>
    <message>
        <source>Show the cached data only; start and contact no server.</source>
        <translation>캐시된 데이터만 표시하며 서버를 시작하거나 접속하지 않습니다.</translation>
    </message>
    <message>
        <source>Folder for the offline cache (default: %1).</source>
        <translation>오프라인 캐시 폴더 (기본값: %1).</translation>
    </message>
    <message>
        <source>User interface language: ko or en.</source>
        <translation>화면 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Render the first frame with data to FILE (PNG) and exit.</source>
        <translation>데이터가 표시된 첫 화면을 FILE(PNG)로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상하지 못한 인자 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be combined with --server</source>
        <translation>--server와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>&quot;%1&quot;은(는) 호스트가 있는 http:// 또는 https:// URL이 아닙니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: ko, en</source>
        <translation>&quot;%1&quot;은(는) ko, en 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2</translation>
    </message>
    <message>
        <source>the file name must end in .png</source>
        <translation>파일 이름은 .png로 끝나야 합니다</translation>
    </message>
    <message>
        <source>Draw the raster tiles of the MBTiles map pack FILE under the map (offline).</source>
        <translation>MBTiles 지도 팩 FILE의 래스터 타일을 지도 아래에 표시합니다(오프라인).</translation>
    </message>
    <message>
        <source>Draw raster tiles from an XYZ tile server, e.g. https://tile.example.org/{z}/{x}/{y}.png (kept in DIR/tiles for offline use).</source>
        <translation>XYZ 타일 서버의 래스터 타일을 지도 아래에 표시합니다. 예: https://tile.example.org/{z}/{x}/{y}.png (오프라인용으로 DIR/tiles에 보관).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL with {z}, {x} and {y}</source>
        <translation>&quot;%1&quot;은(는) {z}, {x}, {y}가 들어간 http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>Select the entity ID of the view (e.g. truck-03) once it is in the cache.</source>
        <translation>캐시에 들어오면 이 화면의 항목 ID(예: truck-03)를 선택합니다.</translation>
    </message>
    <message>
        <source>Take the screenshot no sooner than SECONDS after start (0-600).</source>
        <translation>시작 후 최소 SECONDS초가 지난 뒤 스크린샷을 찍습니다(0-600).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of seconds 0-600</source>
        <translation>&quot;%1&quot;은(는) 0-600 사이의 정수 초가 아닙니다</translation>
    </message>
    <message>
        <source>needs --screenshot</source>
        <translation>--screenshot이 필요합니다</translation>
    </message>
    <message>
        <source>Sign in to --server as EMAIL (with --password-stdin), or open EMAIL&apos;s cache.</source>
        <translation>--server에 EMAIL로 로그인하거나(--password-stdin과 함께) EMAIL의 캐시를 엽니다.</translation>
    </message>
    <message>
        <source>Read the password of --user from the first line of stdin.</source>
        <translation>--user의 비밀번호를 표준 입력 첫 줄에서 읽습니다.</translation>
    </message>
    <message>
        <source>Trust only the CA in FILE (PEM or DER) for an https:// server.</source>
        <translation>https:// 서버에 대해 FILE(PEM 또는 DER)의 CA만 신뢰합니다.</translation>
    </message>
    <message>
        <source>needs --server URL and --user EMAIL</source>
        <translation>--server URL과 --user EMAIL이 필요합니다</translation>
    </message>
    <message>
        <source>Write what the screen says (window, connection, messages, first frames) to FILE as JSON lines; - for stdout.</source>
        <translation>화면에 보이는 내용(창, 연결, 메시지, 첫 프레임)을 JSON 줄로 FILE에 기록합니다. - 는 표준 출력입니다.</translation>
    </message>
    <message>
        <source>Do not use the system keychain: keep the login in memory for this run only (for sessions where nobody can answer its password prompt).</source>
        <translation>시스템 키체인을 쓰지 않습니다. 로그인은 이번 실행 동안만 메모리에 둡니다(아무도 키체인의 암호 입력 창에 답할 수 없는 세션용).</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>열 화면: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than the 7 days the cache keeps</source>
        <translation>&quot;%1&quot;은(는) 캐시가 보관하는 7일보다 깁니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a time with its offset (2026-08-14T09:30+09:00) nor a span such as 90m, 6h or 2d</source>
        <translation>&quot;%1&quot;은(는) 오프셋이 있는 시각(2026-08-14T09:30+09:00)도, 90m·6h·2d 같은 기간도 아닙니다</translation>
    </message>
    <message>
        <source>Open the Energy view at TIME of the cached history: ISO 8601 with its offset (2026-08-14T09:30+09:00) or how long before the newest data (90m, 6h, 2d).</source>
        <translation>캐시된 이력의 TIME 시점으로 에너지 화면을 엽니다: 오프셋이 있는 ISO 8601 시각(2026-08-14T09:30+09:00) 또는 최신 데이터보다 얼마나 앞인지(90m, 6h, 2d).</translation>
    </message>
    <message>
        <source>only the Energy view has a time slider</source>
        <translation>시간 슬라이더는 에너지 화면에만 있습니다</translation>
    </message>
    <message>
        <source>Open the alarm list, shelved alarms included.</source>
        <translation>알람 목록을 엽니다 (보류된 알람 포함).</translation>
    </message>
    <message>
        <source>Draft FILE (a disaster as POST /disasters takes it, JSON) as a what-if: assessed on this console, never sent.</source>
        <translation>FILE(POST /disasters 본문 형식의 재난 JSON)을 가상 시나리오로 작성합니다: 이 콘솔에서 평가하며 전송하지 않습니다.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1은(는) JSON 객체가 아닙니다: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>객체가 아님</translation>
    </message>
    <message>
        <source>Scene graph: auto (software when OpenGL would be a software rasterizer), opengl or software.</source>
        <translation>장면 그래프: auto(OpenGL이 소프트웨어 래스터라이저이면 software), opengl 또는 software.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: auto, opengl, software</source>
        <translation>&quot;%1&quot;은(는) auto, opengl, software 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>Use a GPS for the center search&apos;s position: an NMEA log FILE (replayed) or serial:PORT (a receiver, e.g. serial:/dev/ttyUSB0).</source>
        <translation>센터 검색 위치에 GPS 사용: NMEA 로그 파일(재생) 또는 serial:포트(수신기, 예: serial:/dev/ttyUSB0).</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Open the view on PAGE: for centers, selfCheck, info:crisis or info:mental-health.</source>
        <translation>화면을 PAGE로 엽니다: 센터 화면은 selfCheck, info:crisis, info:mental-health.</translation>
    </message>
    <message>
        <source>Colour theme for this run: light, dark (the control room&apos;s greys) or high-contrast.</source>
        <translation>이번 실행의 색 테마: light, dark(상황실 회색) 또는 high-contrast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: light, dark, high-contrast</source>
        <translation>&quot;%1&quot;은(는) light, dark, high-contrast 중 하나가 아닙니다</translation>
    </message>
</context>
<context>
    <name>CrisisLine</name>
    <message>
        <source>In crisis? Call now — free, 24 hours</source>
        <translation>위기 상황인가요? 지금 전화하세요 — 무료, 24시간</translation>
    </message>
    <message>
        <source>Suicide prevention line</source>
        <translation>자살예방 상담전화</translation>
    </message>
    <message>
        <source>Mental-health crisis line</source>
        <translation>정신건강 위기상담전화</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1에 전화</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>In danger now: 119 or 112</source>
        <translation>지금 위험하다면: 119 또는 112</translation>
    </message>
    <message>
        <source>Please call 109 now. You do not have to go through this alone.</source>
        <translation>지금 109에 전화하세요. 혼자 견디지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>대처 방법</translation>
    </message>
</context>
<context>
    <name>CurtailmentAlert</name>
    <message>
        <source>Curtailment forecast (next 24 h)</source>
        <translation>출력제한 예보 (향후 24시간)</translation>
    </message>
    <message>
        <source>No forecast in the cache yet</source>
        <translation>캐시에 예보가 아직 없습니다</translation>
    </message>
    <message>
        <source>Curtailment expected %1–%2 (%3 h): about %4 MWh (P10–P90 %5–%6 MWh), peak %7</source>
        <translation>출력제한 예상 %1–%2 (%3시간): 약 %4 MWh (P10–P90 %5–%6 MWh), 최대 %7</translation>
    </message>
    <message>
        <source>No curtailment expected in the next 24 h</source>
        <translation>향후 24시간 동안 출력제한이 예상되지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n truck(s) of %1 in service could absorb it</source>
        <translation>
            <numerusform>운행 중인 트럭 %1대 중 %n대로 흡수할 수 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n truck(s) in service could absorb only part of it</source>
        <translation>
            <numerusform>운행 중인 트럭 %n대를 모두 써도 일부만 흡수할 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan in Dispatch</source>
        <translation>배차에서 계획하기</translation>
    </message>
    <message>
        <source>Forecast issued %1</source>
        <translation>예보 발표 %1</translation>
    </message>
    <message>
        <source>Lowest-carbon hours: %1</source>
        <translation>탄소 배출이 가장 적은 시간: %1</translation>
    </message>
    <message>
        <source>Curtailment possible %1–%2 (%3 h): up to %4 MWh (P90), peak %5</source>
        <translation>출력제한 가능 %1–%2 (%3시간): 최대 %4 MWh (P90), 최대 출력 %5</translation>
    </message>
    <message>
        <source>Recomputed offline at %1 from the outlook issued at %2</source>
        <translation>%2에 발표된 기상 전망으로 %1에 오프라인 재계산</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 전</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>in the future (check the clock)</source>
        <translation>미래 시각(시계를 확인하세요)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1초 전</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>동기화한 적 없음</translation>
    </message>
    <message>
        <source>last synced %1 UTC, %2</source>
        <translation>마지막 동기화 %1 UTC, %2</translation>
    </message>
</context>
<context>
    <name>DisastersPanel</name>
    <message>
        <source>Disasters</source>
        <translation>재난</translation>
    </message>
    <message>
        <source>No disasters reported</source>
        <translation>보고된 재난 없음</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>%1건 보고됨</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>새 사고</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>가상 시나리오</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <source>Charge</source>
        <translation>충전</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>공급</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>에너지(kWh)</translation>
    </message>
    <message>
        <source>room for %1 kWh</source>
        <translation>%1 kWh 충전 가능</translation>
    </message>
    <message>
        <source>%1 kWh on board</source>
        <translation>%1 kWh 적재</translation>
    </message>
    <message>
        <source>Send order</source>
        <translation>지시 보내기</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <source>Dispatch</source>
        <translation>배차</translation>
    </message>
    <message>
        <source>%1 energy trucks</source>
        <translation>에너지 트럭 %1대</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>충전 상태(SoC)</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>%1 driving · %2 charging · %3 discharging</source>
        <translation>%1대 이동 중 · %2대 충전 중 · %3대 방전 중</translation>
    </message>
    <message>
        <source>%1 % · %2/%3 kWh · SoH %4 %</source>
        <translation>%1 % · %2/%3 kWh · SoH %4 %</translation>
    </message>
    <message>
        <source>Board (%1)</source>
        <translation>현황판 (%1)</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>배차 제안 (%1)</translation>
    </message>
    <message>
        <source>ETA %1 KST</source>
        <translation>도착 예정 %1 KST</translation>
    </message>
    <message>
        <source>%1 kW this minute</source>
        <translation>이번 분 %1 kW</translation>
    </message>
    <message>
        <source>Energy trucks</source>
        <translation>에너지 트럭</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <source>Demand</source>
        <translation>전력 수요</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>화력</translation>
    </message>
    <message>
        <source>HVDC</source>
        <translation>HVDC</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>풍력</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>태양광</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>트럭</translation>
    </message>
    <message>
        <source>Curtailed</source>
        <translation>출력제한</translation>
    </message>
    <message>
        <source>Forecast P10–P90</source>
        <translation>예측 P10–P90</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>탄소 집약도</translation>
    </message>
    <message>
        <source>Island energy, past and forecast</source>
        <translation>제주 전력 수급, 지난 기록과 예측</translation>
    </message>
    <message>
        <source>%1–%2 MW</source>
        <translation>%1–%2 MW</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>₩/kWh</source>
        <translation>원/kWh</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>아직 이력이 없습니다</translation>
    </message>
    <message>
        <source>The chart fills in as the island&apos;s balances arrive.</source>
        <translation>제주 전력 수급 기록이 들어오면 차트가 채워집니다.</translation>
    </message>
    <message>
        <source>gCO₂eq/kWh</source>
        <translation>gCO₂eq/kWh</translation>
    </message>
    <message>
        <source>%1, forecast</source>
        <translation>%1, 예측</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
</context>
<context>
    <name>EnergyChartCard</name>
    <message>
        <source>Past and next 24 h</source>
        <translation>지난 24시간 · 향후 24시간</translation>
    </message>
    <message>
        <source>Chosen time range</source>
        <translation>선택한 시간 범위</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>현재로</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Output of %1 (MW)</source>
        <translation>%1 출력 (MW)</translation>
    </message>
    <message>
        <source>No output history for this asset yet.</source>
        <translation>이 설비의 출력 이력이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Around %1</source>
        <translation>%1 전후</translation>
    </message>
</context>
<context>
    <name>EnergyKpiTiles</name>
    <message>
        <source>Demand</source>
        <translation>전력 수요</translation>
    </message>
    <message>
        <source>Curtailment</source>
        <translation>출력제한</translation>
    </message>
    <message>
        <source>SMP (system marginal price)</source>
        <translation>계통한계가격(SMP)</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>탄소 집약도</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>재생에너지 비중</translation>
    </message>
</context>
<context>
    <name>EnergyPanel</name>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Island balance at %1</source>
        <translation>%1 기준 제주 전력 수급</translation>
    </message>
    <message>
        <source>No balance in the cache yet</source>
        <translation>캐시에 수급 정보가 아직 없습니다</translation>
    </message>
    <message>
        <source>HVDC links (flow / rating)</source>
        <translation>HVDC 연계선 (조류 / 정격)</translation>
    </message>
    <message>
        <source>%1 / %2 MW</source>
        <translation>%1 / %2 MW</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>설비</translation>
    </message>
    <message>
        <source>%1 of %2 MW</source>
        <translation>%1 / %2 MW</translation>
    </message>
    <message>
        <source>approx. position</source>
        <translation>대략적 위치</translation>
    </message>
    <message>
        <source>A past minute from the cached history</source>
        <translation>캐시된 이력의 과거 시점</translation>
    </message>
</context>
<context>
    <name>ForecastBackdrop</name>
    <message>
        <source>No forecast yet</source>
        <translation>아직 예측이 없습니다</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>Acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Severity +1</source>
        <translation>심각도 +1</translation>
    </message>
    <message>
        <source>Severity −1</source>
        <translation>심각도 −1</translation>
    </message>
    <message>
        <source>Redraw area</source>
        <translation>구역 다시 그리기</translation>
    </message>
    <message>
        <source>Save area</source>
        <translation>구역 저장</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>IncidentCreateCard</name>
    <message>
        <source>New incident</source>
        <translation>새 사고</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>심각도 %1</translation>
    </message>
    <message>
        <source>Title (e.g. Hallim flooding)</source>
        <translation>제목 (예: 한림 침수)</translation>
    </message>
    <message>
        <source>The real JMA best track, moved in time so its nearest approach to Jeju is 3 h from now.</source>
        <translation>실제 JMA 최적 경로를 시간만 옮겨, 제주 최근접이 지금부터 3시간 뒤가 되게 합니다.</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Depth km</source>
        <translation>깊이 km</translation>
    </message>
    <message>
        <source>Water depth m</source>
        <translation>침수 깊이 m</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>구역 그리기</translation>
    </message>
    <message>
        <source>Place epicentre</source>
        <translation>진앙 찍기</translation>
    </message>
    <message>
        <source>Draw circle</source>
        <translation>원 그리기</translation>
    </message>
    <message>
        <source>Click the centre on the map, then a point on the edge.</source>
        <translation>지도에서 중심을 누르고, 이어서 가장자리 한 점을 누르세요.</translation>
    </message>
    <message>
        <source>Click the corners on the map (%1 so far).</source>
        <translation>지도에서 꼭짓점을 누르세요 (지금 %1개).</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>사고 보고</translation>
    </message>
    <message>
        <source>What-if (draft, never sent)</source>
        <translation>가상 시나리오 (초안, 전송 안 함)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>실제 사고로 등록</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Severity %1 of 5</source>
        <translation>심각도 %1/5</translation>
    </message>
    <message>
        <source>the hazard rates it %1</source>
        <translation>위험 모델 평가 %1</translation>
    </message>
    <message>
        <source>GDACS %1</source>
        <translation>GDACS %1</translation>
    </message>
    <message>
        <source>Judged by %1, %2</source>
        <translation>%1 기준 평가, %2</translation>
    </message>
    <message>
        <source>The impact follows once the server has assessed the incident.</source>
        <translation>서버가 사고를 평가하면 영향이 표시됩니다.</translation>
    </message>
    <message>
        <source>Unserved</source>
        <translation>미공급</translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation>부족 전력량</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>필요 트럭</translation>
    </message>
    <message>
        <source>At risk: %1 red · %2 orange · %3 yellow</source>
        <translation>위험: 적색 %1 · 주황 %2 · 황색 %3</translation>
    </message>
    <message>
        <source>Priority supply · %1 MWh on the trucks</source>
        <translation>우선 공급 · 트럭 보유 %1 MWh</translation>
    </message>
    <message>
        <source>Unserved demand by eup/myeon/dong</source>
        <translation>읍면동별 미공급 수요</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1개</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>The selected incident: its impact, trucks, commands and report</source>
        <translation>선택한 사고: 영향, 트럭, 지휘 명령과 상황 보고</translation>
    </message>
</context>
<context>
    <name>IncidentTrucksCard</name>
    <message>
        <source>No trucks reserved for its critical facilities</source>
        <translation>핵심 시설용 예약 트럭 없음</translation>
    </message>
    <message>
        <source>Reserved for its critical facilities: %1</source>
        <translation>핵심 시설용 예약: %1</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>모두 해제</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC 변환소</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>화력</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>풍력</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>태양광</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>변전소</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>정비 중</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>비상</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>이동 중</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>충전 중</translation>
    </message>
    <message>
        <source>Discharging</source>
        <translation>방전 중</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>감시 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>태풍</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>지진</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>홍수</translation>
    </message>
    <message>
        <source>Power outage</source>
        <translation>정전</translation>
    </message>
    <message>
        <source>Wildfire</source>
        <translation>산불</translation>
    </message>
    <message>
        <source>Heavy snow</source>
        <translation>대설</translation>
    </message>
    <message>
        <source>Health promotion</source>
        <translation>건강증진</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>정신보건</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 KST</source>
        <translation>%1 KST</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>이동 중</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>조회자</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협력기관</translation>
    </message>
    <message>
        <source>%1 ₩/kWh</source>
        <translation>%1 원/kWh</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>아직 이력이 없습니다.</translation>
    </message>
    <message>
        <source>Demand from %1 to %2, highest at %3.</source>
        <translation>전력 수요 %1–%2, 최대 %3.</translation>
    </message>
    <message>
        <source>Curtailed %1 MWh.</source>
        <translation>출력제한 %1 MWh.</translation>
    </message>
    <message>
        <source>Forecast up to %1 (P90) at %2.</source>
        <translation>예측 최대 %1 (P90), %2.</translation>
    </message>
    <message>
        <source>%1 gCO₂eq/kWh</source>
        <translation>%1 gCO₂eq/kWh</translation>
    </message>
    <message>
        <source>likely damaged</source>
        <translation>손상 가능성 높음</translation>
    </message>
    <message>
        <source>inspect</source>
        <translation>점검 필요</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>starts in %1 h</source>
        <translation>%1시간 뒤 시작</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>green</source>
        <translation>녹색</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>red</source>
        <translation>적색</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>active, unacknowledged</source>
        <translation>발생, 미확인</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>발생, 확인됨</translation>
    </message>
    <message>
        <source>cleared, unacknowledged</source>
        <translation>해제, 미확인</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>Choosing it shows it on the map</source>
        <translation>고르면 지도에 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Energy Truck Console — Jeju</source>
        <translation>에너지 트럭 콘솔 — 제주</translation>
    </message>
</context>
<context>
    <name>MapPackButton</name>
    <message>
        <source>Map pack</source>
        <translation>지도 팩</translation>
    </message>
    <message>
        <source>Open map pack…</source>
        <translation>지도 팩 열기…</translation>
    </message>
    <message>
        <source>Close map pack</source>
        <translation>지도 팩 닫기</translation>
    </message>
    <message>
        <source>Open map pack</source>
        <translation>지도 팩 열기</translation>
    </message>
    <message>
        <source>MBTiles map packs (*.mbtiles)</source>
        <translation>MBTiles 지도 팩 (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>지도를 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Energy trucks</source>
        <translation>에너지 트럭</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>상담센터</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>재난</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) here</source>
        <translation>
            <numerusform>이곳에 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>includes an emergency</source>
        <translation>비상 상황 포함</translation>
    </message>
    <message>
        <source>Map of Jeju</source>
        <translation>제주 지도</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and − zoom, 0 shows all of Jeju; while a point is being placed, Enter places it at the centre.</source>
        <translation>화살표 키로 지도를 옮기고, + − 키로 확대·축소하며, 0 키로 제주 전체를 봅니다. 지점을 찍는 중에는 Enter로 가운데에 찍습니다.</translation>
    </message>
</context>
<context>
    <name>MapTileNotes</name>
    <message>
        <source>Map tiles: %1</source>
        <translation>지도 타일: %1</translation>
    </message>
</context>
<context>
    <name>MapZoomButtons</name>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Show all of Jeju</source>
        <translation>제주 전체 보기</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Energy
Truck</source>
        <translation>에너지
트럭</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>PageBackRow</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 뒤로</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>목록으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>PressArea</name>
    <message>
        <source>Space or Enter presses it</source>
        <translation>Space나 Enter로 누릅니다</translation>
    </message>
</context>
<context>
    <name>RankingWeights</name>
    <message>
        <source>Weight of %1</source>
        <translation>%1 가중치</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>지금 운영</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>전문 분야</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Seed 004 weights</source>
        <translation>기본 가중치(seed 004)</translation>
    </message>
    <message>
        <source>0 to 1; the four add up to 1</source>
        <translation>0~1, 네 값의 합은 1</translation>
    </message>
</context>
<context>
    <name>RejectionBanner</name>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>거부됨: %1 — %2</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(외 %1건)</translation>
    </message>
</context>
<context>
    <name>SelectableList</name>
    <message>
        <source>Nothing to show</source>
        <translation>표시할 항목이 없습니다</translation>
    </message>
    <message>
        <source>Up and Down choose a row, and the map shows it</source>
        <translation>위아래 키로 행을 고르면 지도에 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Self-check (private)</source>
        <translation>자가 점검 (비공개)</translation>
    </message>
    <message>
        <source>Your last self-check, %1</source>
        <translation>마지막 자가 점검: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %3점 중 %2점 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (not a validated scale)</source>
        <translation>%1: %3점 중 %2점 (검증된 척도 아님)</translation>
    </message>
    <message>
        <source>The ranking now looks for help with: %1</source>
        <translation>순위가 찾는 도움 분야: %1</translation>
    </message>
    <message>
        <source>no need stands out</source>
        <translation>두드러진 분야 없음</translation>
    </message>
    <message>
        <source>Delete my answers from this device</source>
        <translation>이 기기에서 내 답변 삭제</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2문항 중 %1문항 응답</translation>
    </message>
    <message>
        <source>You said you have had thoughts of death or of hurting yourself. Please call 109 now — it is free and open day and night. In immediate danger, call 119.</source>
        <translation>죽음이나 자해에 대한 생각이 있었다고 답하셨습니다. 지금 109에 전화하세요. 무료이고 24시간 열려 있습니다. 당장 위험하다면 119에 전화하세요.</translation>
    </message>
    <message>
        <source>Use my answers for the ranking</source>
        <translation>내 답변으로 순위 매기기</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>답변 지우기</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>written for this console, not a validated instrument</source>
        <translation>이 콘솔을 위해 만든 질문, 검증된 도구 아님</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>This run was started with %1; a choice here applies now and is kept for the next start.</source>
        <translation>이번 실행은 %1 옵션으로 시작했습니다. 여기서 고르면 바로 적용되고 다음 시작에도 쓰입니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Kept for you on this computer</source>
        <translation>이 컴퓨터에 사용자별로 저장됩니다</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark (control room)</source>
        <translation>어둡게 (상황실)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전력 단위</translation>
    </message>
    <message>
        <source>MW (the grid&apos;s unit)</source>
        <translation>MW (계통 단위)</translation>
    </message>
    <message>
        <source>kW (a truck&apos;s unit)</source>
        <translation>kW (트럭 단위)</translation>
    </message>
    <message>
        <source>Values in the panels; the charts&apos; axes stay in MW.</source>
        <translation>패널의 값에 적용됩니다. 차트 축은 MW로 유지됩니다.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>알람</translation>
    </message>
    <message>
        <source>Sound for urgent alarms</source>
        <translation>긴급 알람 소리</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Urgent alarms still show in the alarm bar and as a desktop notification.</source>
        <translation>긴급 알람은 계속 알람 표시줄과 바탕화면 알림으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Connection and map</source>
        <translation>연결과 지도</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Empty: the console&apos;s own server</source>
        <translation>비워 두면 콘솔 내장 서버</translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation>다음 시작부터 사용됩니다.</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>타일 서버</translation>
    </message>
    <message>
        <source>Map tiles drawn under the vector map; empty for none.</source>
        <translation>벡터 지도 아래에 그릴 지도 타일입니다. 비워 두면 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Map pack</source>
        <translation>지도 팩</translation>
    </message>
    <message>
        <source>None: the vector map (and the tile server, if any)</source>
        <translation>없음: 벡터 지도 (타일 서버가 있으면 그것도)</translation>
    </message>
    <message>
        <source>This run was started with --server or --offline; a server saved here is used from the next start without them.</source>
        <translation>이번 실행은 --server 또는 --offline 옵션으로 시작했습니다. 여기에 저장한 서버는 이 옵션 없이 다음에 시작할 때부터 쓰입니다.</translation>
    </message>
    <message>
        <source>Open map pack…</source>
        <translation>지도 팩 열기…</translation>
    </message>
    <message>
        <source>Close map pack</source>
        <translation>지도 팩 닫기</translation>
    </message>
    <message>
        <source>Open map pack</source>
        <translation>지도 팩 열기</translation>
    </message>
    <message>
        <source>MBTiles map packs (*.mbtiles)</source>
        <translation>MBTiles 지도 팩 (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsTextEntry</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Energy Truck Console — sign in</source>
        <translation>에너지 트럭 콘솔 — 로그인</translation>
    </message>
    <message>
        <source>Energy Truck Console</source>
        <translation>에너지 트럭 콘솔</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1에 로그인</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>SituationReportRow</name>
    <message>
        <source>Writing the report…</source>
        <translation>보고서 작성 중…</translation>
    </message>
    <message>
        <source>Situation report (PDF)</source>
        <translation>상황 보고서 (PDF)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>StartProblemWindow</name>
    <message>
        <source>Energy Truck Console — cannot start</source>
        <translation>에너지 트럭 콘솔 — 시작할 수 없음</translation>
    </message>
    <message>
        <source>The console cannot start</source>
        <translation>콘솔을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Data age: %1</source>
        <translation>데이터 경과 시간: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>마지막 동기화 %1</translation>
    </message>
    <message>
        <source>Cache only</source>
        <translation>캐시 전용</translation>
    </message>
    <message>
        <source>The connection, how old the data is and what waits to be sent</source>
        <translation>연결 상태, 데이터가 얼마나 오래됐는지, 전송 대기 중인 것</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>the offline cache %1 is damaged (%2) and could not be moved aside</source>
        <translation>오프라인 캐시 %1이(가) 손상되었으나(%2) 옮길 수 없습니다</translation>
    </message>
</context>
<context>
    <name>SuggestionsCard</name>
    <message>
        <source>Suggestions (%1)</source>
        <translation>배차 제안 (%1)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>모두 수락</translation>
    </message>
    <message>
        <source>Queue every suggestion shown as a dispatch order</source>
        <translation>보이는 제안을 모두 배차 지시로 대기열에 넣기</translation>
    </message>
    <message>
        <source>No plan yet: the server plans when it issues a forecast.</source>
        <translation>아직 계획이 없습니다: 서버는 예보를 발표할 때 계획합니다.</translation>
    </message>
    <message>
        <source>Planned %1: %2 kWh from curtailment, %3 kWh delivered, worth ₩%4</source>
        <translation>%1 계획: 출력제한에서 %2 kWh 흡수, %3 kWh 공급, 가치 ₩%4</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>충전</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>공급</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Hide this suggestion on this console</source>
        <translation>이 콘솔에서 이 제안 숨기기</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Queue this suggestion as a dispatch order</source>
        <translation>이 제안을 배차 지시로 대기열에 넣기</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <source>The cached history cannot be read: %1</source>
        <translation>캐시된 이력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Waiting for the cached history…</source>
        <translation>캐시된 이력을 기다리는 중…</translation>
    </message>
    <message>
        <source>Reading the cached history…</source>
        <translation>캐시된 이력을 읽는 중…</translation>
    </message>
    <message>
        <source>No history cached for this minute</source>
        <translation>이 시각(분)의 이력이 캐시에 없습니다</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Show the newest data again</source>
        <translation>최신 데이터를 다시 표시</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>표시 시각</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Live · cached since %1</source>
        <translation>실시간 · %1부터 캐시됨</translation>
    </message>
    <message>
        <source>Live · no history cached yet</source>
        <translation>실시간 · 캐시된 이력 없음</translation>
    </message>
    <message>
        <source>Play speed %1×: change</source>
        <translation>재생 속도 %1배: 바꾸기</translation>
    </message>
    <message>
        <source>Left and Right step a minute through the cached week</source>
        <translation>왼쪽·오른쪽 키로 캐시된 일주일을 1분씩 이동합니다</translation>
    </message>
    <message>
        <source>Newest cached minute · offline, not live</source>
        <translation>캐시된 최신 분 · 오프라인이라 실시간 아님</translation>
    </message>
</context>
<context>
    <name>TruckKpiTiles</name>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Today (%1 KST)</source>
        <translation>오늘 (%1 KST)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Curtailment absorbed</source>
        <translation>흡수한 출력제한</translation>
    </message>
    <message>
        <source>Share absorbed</source>
        <translation>흡수 비율</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>공급</translation>
    </message>
    <message>
        <source>Value at SMP</source>
        <translation>SMP 기준 가치</translation>
    </message>
    <message>
        <source>₩%1</source>
        <translation>₩%1</translation>
    </message>
    <message>
        <source>CO₂ avoided (at %1 g/kWh)</source>
        <translation>CO₂ 감축 (%1 g/kWh 기준)</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ 감축</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
</context>
<context>
    <name>TruckOrders</name>
    <message>
        <source>Orders for %1</source>
        <translation>%1 배차 지시</translation>
    </message>
    <message>
        <source>Charge %1 kWh at %2</source>
        <translation>%2에서 %1 kWh 충전</translation>
    </message>
    <message>
        <source>Deliver %1 kWh to %2</source>
        <translation>%2에 %1 kWh 공급</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>전송 대기 중</translation>
    </message>
    <message>
        <source>%1 of %2 kWh</source>
        <translation>%2 kWh 중 %1</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>지시 취소</translation>
    </message>
    <message>
        <source>This truck is working on an order; cancel it to give a new one.</source>
        <translation>이 트럭은 지시를 수행 중입니다. 새 지시를 내리려면 먼저 취소하세요.</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>충전량</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>공급량</translation>
    </message>
    <message>
        <source>Orders are given by operators; you can follow them here.</source>
        <translation>배차 지시는 운영자가 내립니다. 여기에서 진행 상황을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TruckSocChart</name>
    <message>
        <source>State of charge of %1, last 24 h</source>
        <translation>%1 충전 상태, 최근 24시간</translation>
    </message>
    <message>
        <source>State of charge over the last 24 hours, now %1 %</source>
        <translation>최근 24시간 충전 상태, 현재 %1 %</translation>
    </message>
    <message>
        <source>No state of charge recorded yet</source>
        <translation>아직 기록된 충전 상태가 없습니다</translation>
    </message>
    <message>
        <source>Hours before now · dashed: 20 % reserve and 95 % charge limit</source>
        <translation>현재 기준 경과 시간 · 점선: 예비 20 %, 충전 한도 95 %</translation>
    </message>
</context>
<context>
    <name>WhatIfCompare</name>
    <message>
        <source>DRAFT</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>가상 시나리오</translation>
    </message>
    <message>
        <source>Severity %1 of 5</source>
        <translation>심각도 %1/5</translation>
    </message>
    <message>
        <source>Assessed on this console by %1 in %2 ms. Nothing is sent until it is promoted; drag ✥ on the map to move it.</source>
        <translation>이 콘솔에서 %1(으)로 %2 ms 만에 평가했습니다. 실제 사고로 등록하기 전에는 아무것도 전송하지 않습니다. 지도의 ✥를 끌어 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>Assessing…</source>
        <translation>평가 중…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Not enough trucks: %1 are free of an order.</source>
        <translation>트럭 부족: 명령이 없는 트럭은 %1대입니다.</translation>
    </message>
    <message>
        <source>%1 trucks are free of an order: enough for both.</source>
        <translation>명령이 없는 트럭 %1대: 둘 다 감당할 수 있습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Promote to incident</source>
        <translation>실제 사고로 등록</translation>
    </message>
    <message>
        <source>Sites at risk (%1)</source>
        <translation>위험 시설 (%1)</translation>
    </message>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>WhatIfGrip</name>
    <message>
        <source>Move the what-if</source>
        <translation>가상 시나리오 옮기기</translation>
    </message>
    <message>
        <source>Drag it, or move it with the arrow keys.</source>
        <translation>끌거나 화살표 키로 옮기세요.</translation>
    </message>
</context>
<context>
    <name>et::app::AlarmNotifier</name>
    <message>
        <source>Energy Truck Console</source>
        <translation>에너지 트럭 콘솔</translation>
    </message>
    <message>
        <source>Urgent alarm</source>
        <translation>긴급 알람</translation>
    </message>
</context>
<context>
    <name>et::app::BundledServer</name>
    <message>
        <source>The bundled server did not start within the time limit.</source>
        <translation>내장 서버가 제한 시간 안에 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not start the bundled server %1: %2</source>
        <translation>내장 서버 %1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The bundled server exited before it was ready (exit code %1).</source>
        <translation>내장 서버가 준비되기 전에 종료되었습니다 (종료 코드 %1).</translation>
    </message>
    <message>
        <source>The bundled server %1 was not found.</source>
        <translation>내장 서버 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundled server said &quot;%1&quot; instead of its address.</source>
        <translation>내장 서버가 주소 대신 &quot;%1&quot;을(를) 출력했습니다.</translation>
    </message>
    <message>
        <source>The bundled server crashed before it was ready.</source>
        <translation>내장 서버가 준비되기 전에 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <source>%1 Its last message: %2</source>
        <translation>%1 마지막 메시지: %2</translation>
    </message>
</context>
<context>
    <name>et::app::ConsoleApp</name>
    <message>
        <source>nobody has signed in with the data folder %1 yet, so there is no cache to show</source>
        <translation>데이터 폴더 %1로 로그인한 사용자가 아직 없어 보여 줄 캐시가 없습니다</translation>
    </message>
    <message>
        <source>cannot open the offline cache: %1</source>
        <translation>오프라인 캐시를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the user interface failed to load (see the messages above)</source>
        <translation>화면을 불러오지 못했습니다(위 메시지를 확인하세요)</translation>
    </message>
    <message>
        <source>the sign-in window failed to load (see the messages above)</source>
        <translation>로그인 창을 불러오지 못했습니다(위 메시지를 확인하세요)</translation>
    </message>
    <message>
        <source>the root object is not a window; cannot take a screenshot</source>
        <translation>최상위 객체가 창이 아니어서 스크린샷을 찍을 수 없습니다</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to (%2). Choose another folder with --data-dir DIR, or give your user account write access to this one, and start the console again.</source>
        <translation>데이터 폴더 %1에 쓸 수 없습니다(%2). --data-dir DIR로 다른 폴더를 고르거나 이 폴더에 사용자 계정의 쓰기 권한을 준 뒤 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>it cannot be created</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>Another program holds its database %1: close it (another console on the same data folder?) and start the console again.</source>
        <translation>다른 프로그램이 데이터베이스 %1을(를) 잡고 있습니다. 그 프로그램(같은 데이터 폴더를 쓰는 다른 콘솔?)을 닫고 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Its database %1 is damaged: move it aside (keep it for a bug report) and start the console again; a new one is made.</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다. 파일을 다른 곳으로 옮겨 두고(버그 보고용으로 보관) 콘솔을 다시 시작하면 새 데이터베이스가 만들어집니다.</translation>
    </message>
    <message>
        <source>The cached data is shown.</source>
        <translation>캐시된 데이터를 표시합니다.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). The cached data is shown and the console keeps trying; check the network and the address.</source>
        <translation>서버 %1에 연결할 수 없습니다(%2). 캐시된 데이터를 표시하며 콘솔은 계속 연결을 시도합니다. 네트워크와 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Not connected to %1: %2. The cached data is shown.</source>
        <translation>%1에 연결하지 않았습니다: %2. 캐시된 데이터를 표시합니다.</translation>
    </message>
    <message>
        <source>%1 does not answer as an Energy Truck server does (%2). The cached data is shown; check the address given with --server.</source>
        <translation>%1은(는) 에너지 트럭 서버처럼 응답하지 않습니다(%2). 캐시된 데이터를 표시합니다. --server로 준 주소를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>et::app::ConsoleSession</name>
    <message>
        <source>cannot create the data folder</source>
        <translation>데이터 폴더를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>et::app::LocalAccount</name>
    <message>
        <source>Could not start the bundled server %1: %2</source>
        <translation>내장 서버 %1을(를) 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The bundled server&apos;s account could not be prepared. Its last message: %1</source>
        <translation>내장 서버의 계정을 준비하지 못했습니다. 마지막 메시지: %1</translation>
    </message>
</context>
<context>
    <name>et::app::MapPackSettings</name>
    <message>
        <source>&quot;%1&quot; is not a tile server: use an http:// or https:// address with {z}, {x} and {y}, or leave it empty for none.</source>
        <translation>&quot;%1&quot;은(는) 타일 서버가 아닙니다. {z}, {x}, {y}가 들어간 http:// 또는 https:// 주소를 쓰거나, 쓰지 않으려면 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>et::app::SituationReportExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>et::client::AlarmWording</name>
    <message>
        <source>Incident</source>
        <translation>사고</translation>
    </message>
    <message>
        <source>Asset likely damaged</source>
        <translation>설비 손상 가능성 높음</translation>
    </message>
    <message>
        <source>Facility past its backup power</source>
        <translation>시설 비상전원 소진</translation>
    </message>
    <message>
        <source>Energy deficit</source>
        <translation>전력량 부족</translation>
    </message>
    <message>
        <source>Truck below its reserve</source>
        <translation>트럭 예비 잔량 미만</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>발생</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>격상</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>shelf lapsed</source>
        <translation>보류 만료</translation>
    </message>
    <message>
        <source>typhoon</source>
        <translation>태풍</translation>
    </message>
    <message>
        <source>earthquake</source>
        <translation>지진</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>홍수</translation>
    </message>
    <message>
        <source>power outage</source>
        <translation>정전</translation>
    </message>
    <message>
        <source>wildfire</source>
        <translation>산불</translation>
    </message>
    <message>
        <source>heavy snow</source>
        <translation>대설</translation>
    </message>
    <message>
        <source>%1, severity %2 of 5</source>
        <translation>%1, 심각도 %2/5</translation>
    </message>
    <message>
        <source>likely damaged (%1 %)</source>
        <translation>손상 가능성 높음 (%1 %)</translation>
    </message>
    <message>
        <source>past its %1 h of backup power</source>
        <translation>비상전원 %1시간 소진</translation>
    </message>
    <message>
        <source>no backup power</source>
        <translation>비상전원 없음</translation>
    </message>
    <message>
        <source>; needs %1 MWh</source>
        <translation>; 필요 %1 MWh</translation>
    </message>
    <message>
        <source>deficit %1 MWh, trucks carry %2 MWh</source>
        <translation>부족 %1 MWh, 트럭 보유 %2 MWh</translation>
    </message>
    <message>
        <source>state of charge %1 %, below its reserve</source>
        <translation>충전량 %1 %, 예비 잔량 미만</translation>
    </message>
    <message>
        <source>lost the connection to the server</source>
        <translation>서버 연결이 끊겼습니다</translation>
    </message>
</context>
<context>
    <name>et::client::AuditReader</name>
    <message>
        <source>the audit trail cannot be read without a server connection</source>
        <translation>서버에 연결되지 않아 감사 기록을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>et::client::AuthSession</name>
    <message>
        <source>the server&apos;s sign-in answer is unusable: %1</source>
        <translation>서버의 로그인 응답을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no saved sign-in for %1</source>
        <translation>%1의 저장된 로그인이 없습니다</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>로그인하지 않았습니다</translation>
    </message>
    <message>
        <source>the server&apos;s refresh answer is unusable: %1</source>
        <translation>서버의 토큰 갱신 응답을 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::client::CatchUp</name>
    <message>
        <source>the server cannot give the changes since cursor %1 (%2)</source>
        <translation>서버가 커서 %1 이후의 변경을 줄 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the server&apos;s change log ends at cursor %1, before this cache&apos;s cursor %2</source>
        <translation>서버의 변경 기록은 커서 %1에서 끝나며, 이 캐시의 커서 %2보다 앞섭니다</translation>
    </message>
    <message>
        <source>the server&apos;s change log ends at cursor %1, before cursor %2</source>
        <translation>서버의 변경 기록이 커서 %1에서 끝나며, 커서 %2보다 앞섭니다</translation>
    </message>
    <message>
        <source>could not apply changes from the server: %1</source>
        <translation>서버의 변경을 적용하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::client::CredentialStore</name>
    <message>
        <source>No keychain is available: the console cannot reach a D-Bus session (%1). Start it from a desktop session to keep sign-ins.</source>
        <translation>사용할 수 있는 키체인이 없습니다: 콘솔이 D-Bus 세션에 연결할 수 없습니다(%1). 로그인을 유지하려면 데스크톱 세션에서 콘솔을 시작하세요.</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) answers (%1). Install or start one to keep sign-ins.</source>
        <translation>사용할 수 있는 키체인이 없습니다: 응답하는 Secret Service(GNOME Keyring, KWallet 등)가 없습니다(%1). 로그인을 유지하려면 하나를 설치하거나 실행하세요.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked login keyring (%1). Unlock it (for example by signing in to the desktop) and restart the console to keep sign-ins.</source>
        <translation>키체인에 잠금 해제된 로그인 키링이 없습니다(%1). 로그인을 유지하려면 키링의 잠금을 해제하고(예: 데스크톱에 로그인) 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1). Allow the console to use it and restart the console to keep sign-ins.</source>
        <translation>키체인 접근이 거부되었습니다(%1). 로그인을 유지하려면 콘솔의 키체인 사용을 허용하고 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Restart the console to try it again.</source>
        <translation>키체인에서 오류가 났습니다(%1). 다시 시도하려면 콘솔을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Until then secrets are kept in memory for this run only: you will have to sign in again next time.</source>
        <translation>그때까지 비밀 정보는 이번 실행 동안만 메모리에 보관됩니다: 다음에 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>Waiting for the system keychain (a password prompt may be open)</source>
        <translation>시스템 키체인을 기다리는 중(암호 입력 창이 열려 있을 수 있음)</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1); a password prompt for it may be open where nobody sees it. Answer the prompt or unlock the keyring to keep sign-ins.</source>
        <translation>시스템 키체인이 응답하지 않았습니다(%1). 아무도 보지 못하는 곳에 암호 입력 창이 열려 있을 수 있습니다. 로그인을 유지하려면 그 창에 답하거나 키링의 잠금을 푸세요.</translation>
    </message>
    <message>
        <source>The system keychain is not used in this run (%1): sign-ins are kept in memory until the console ends.</source>
        <translation>이번 실행에서는 시스템 키체인을 쓰지 않습니다(%1). 로그인은 콘솔이 끝날 때까지 메모리에만 둡니다.</translation>
    </message>
</context>
<context>
    <name>et::client::EventStream</name>
    <message>
        <source>no answer from the server for %1 s</source>
        <translation>%1초 동안 서버 응답 없음</translation>
    </message>
    <message>
        <source>unexpected binary message on the event stream</source>
        <translation>이벤트 스트림에 예상치 못한 바이너리 메시지</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>서버가 연결을 끊었습니다</translation>
    </message>
</context>
<context>
    <name>et::client::HistoryFill</name>
    <message>
        <source>the energy history from %1 could not be fetched: %2</source>
        <translation>%1부터의 에너지 이력을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the server answered %1 to %2 at %3 for the history from %4</source>
        <translation>%4부터의 이력을 요청했는데 서버가 %1–%2(%3 간격)로 답했습니다</translation>
    </message>
    <message>
        <source>the energy history from %1 could not be cached: %2</source>
        <translation>%1부터의 에너지 이력을 캐시에 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>et::client::MbtilesReader</name>
    <message>
        <source>map pack %1 does not exist</source>
        <translation>지도 팩 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot read map pack %1: %2</source>
        <translation>지도 팩 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1은(는) MBTiles 파일이 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>cannot open map pack %1: %2</source>
        <translation>지도 팩 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>map pack %1: %2</source>
        <translation>지도 팩 %1: %2</translation>
    </message>
    <message>
        <source>the table &quot;metadata&quot; is missing</source>
        <translation>&quot;metadata&quot; 테이블이 없습니다</translation>
    </message>
    <message>
        <source>the table &quot;tiles&quot; is missing</source>
        <translation>&quot;tiles&quot; 테이블이 없습니다</translation>
    </message>
    <message>
        <source>missing (expected png, jpg or webp)</source>
        <translation>값이 없습니다(png, jpg, webp 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a raster format this map can draw (expected png, jpg or webp)</source>
        <translation>&quot;%1&quot;은(는) 이 지도가 그릴 수 있는 래스터 형식이 아닙니다(png, jpg, webp 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zoom level 0..%2</source>
        <translation>&quot;%1&quot;은(는) 0..%2 범위의 줌 레벨이 아닙니다</translation>
    </message>
    <message>
        <source>missing, and the tiles table is empty</source>
        <translation>값이 없고 tiles 테이블도 비어 있습니다</translation>
    </message>
    <message>
        <source>minzoom %1 is above maxzoom %2</source>
        <translation>minzoom %1이(가) maxzoom %2보다 큽니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not west,south,east,north in degrees</source>
        <translation>&quot;%1&quot;은(는) 도 단위의 서,남,동,북 경계가 아닙니다</translation>
    </message>
    <message>
        <source>no map pack is open</source>
        <translation>열린 지도 팩이 없습니다</translation>
    </message>
    <message>
        <source>tile %1/%2/%3 is outside the world</source>
        <translation>타일 %1/%2/%3은(는) 지도 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>cannot read tile %1: %2</source>
        <translation>타일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the map pack has no tile %1</source>
        <translation>지도 팩에 타일 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>tile %1 is empty</source>
        <translation>타일 %1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>tile %1 is not a %2 image (corrupt blob)</source>
        <translation>타일 %1이(가) %2 이미지가 아닙니다(손상된 데이터)</translation>
    </message>
</context>
<context>
    <name>et::client::ReplyClassifier</name>
    <message>
        <source>no details</source>
        <translation>세부 정보 없음</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>%1 failed: the answer broke off (%2)</source>
        <translation>%1 실패: 응답이 도중에 끊겼습니다(%2)</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2 %3 (request id %4)</source>
        <translation>%1 실패: HTTP %2 %3 (요청 ID %4)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid JSON (request id %2): %3</source>
        <translation>%1: 서버의 응답이 올바른 JSON이 아닙니다(요청 ID %2): %3</translation>
    </message>
</context>
<context>
    <name>et::client::RestClient</name>
    <message>
        <source>unexpected answer from the server (request id %1): %2</source>
        <translation>서버의 응답이 예상과 다릅니다(요청 ID %1): %2</translation>
    </message>
    <message>
        <source>%1 not sent: the server asked to wait %2 s</source>
        <translation>%1 보내지 않음: 서버가 %2초 기다리라고 요청했습니다</translation>
    </message>
    <message>
        <source>%1 failed: signing in again is needed</source>
        <translation>%1 실패: 다시 로그인해야 합니다</translation>
    </message>
</context>
<context>
    <name>et::client::Store</name>
    <message>
        <source>is &quot;%1&quot; but the change is for &quot;%2&quot;</source>
        <translation>값이 &quot;%1&quot;이지만 변경 대상은 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>change %1 (%2 &quot;%3&quot;, cursor %4)</source>
        <translation>변경 %1 (%2 &quot;%3&quot;, 커서 %4)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (wrong file header)</source>
        <translation>%1은(는) SQLite 데이터베이스가 아닙니다(파일 헤더가 다름)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cache %1 is unusable: %2</source>
        <translation>캐시 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this program understands (%2); use a newer version or remove the file</source>
        <translation>스키마 버전 %1은(는) 이 프로그램이 아는 버전(%2)보다 새롭습니다. 새 버전을 쓰거나 파일을 치우세요</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>버전 %1(으)로의 전환 실패: %2</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>캐시가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1은(는) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>ID가 없습니다</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>writing the cache failed: %1</source>
        <translation>캐시 쓰기 실패: %1</translation>
    </message>
    <message>
        <source>committing to the cache failed: %1</source>
        <translation>캐시 커밋 실패: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>queuing command %1 failed: %2</source>
        <translation>명령 %1 대기열 추가 실패: %2</translation>
    </message>
    <message>
        <source>no queued command has the key %1</source>
        <translation>키 %1인 대기 명령이 없습니다</translation>
    </message>
    <message>
        <source>the answer is about &quot;%1&quot;, the command about &quot;%2&quot;</source>
        <translation>응답은 &quot;%1&quot;에 대한 것이고 명령은 &quot;%2&quot;에 대한 것입니다</translation>
    </message>
    <message>
        <source>recording the answer to %1 failed: %2</source>
        <translation>%1의 응답 기록 실패: %2</translation>
    </message>
    <message>
        <source>recording the answer to %1</source>
        <translation>%1의 응답 기록</translation>
    </message>
    <message>
        <source>its order was refused: %1</source>
        <translation>해당 지시가 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>recording the refusal of %1 failed: %2</source>
        <translation>%1의 거부 기록 실패: %2</translation>
    </message>
    <message>
        <source>recording the refusal of %1</source>
        <translation>%1의 거부 기록</translation>
    </message>
    <message>
        <source>noting the attempt for %1 failed: %2</source>
        <translation>%1의 시도 기록 실패: %2</translation>
    </message>
    <message>
        <source>dismissing %1 failed: %2</source>
        <translation>%1 닫기 실패: %2</translation>
    </message>
    <message>
        <source>restoring the outbox failed: %1</source>
        <translation>전송 대기열 복원 실패: %1</translation>
    </message>
    <message>
        <source>restoring the outbox</source>
        <translation>전송 대기열 복원</translation>
    </message>
    <message>
        <source>is not a JSON array</source>
        <translation>JSON 배열이 아닙니다</translation>
    </message>
    <message>
        <source>writing the history&apos;s columns failed: %1</source>
        <translation>이력의 열 목록을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the cache keeps 1-minute history, not %1</source>
        <translation>캐시는 1분 단위 이력만 보관합니다(%1 아님)</translation>
    </message>
    <message>
        <source>is %1, not one minute</source>
        <translation>%1분입니다. 1분이어야 합니다</translation>
    </message>
    <message>
        <source>writing the energy history failed: %1</source>
        <translation>에너지 이력을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>appending to the energy history</source>
        <translation>에너지 이력 추가</translation>
    </message>
    <message>
        <source>reading the energy history failed: %1</source>
        <translation>에너지 이력을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the cached minute at %1 names unknown columns %2</source>
        <translation>캐시된 %1 분의 열 목록 %2을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>clearing the energy history failed: %1</source>
        <translation>에너지 이력을 지우지 못했습니다: %1</translation>
    </message>
    <message>
        <source>cache %1 is at schema version %2, not %3: its owner opens it first</source>
        <translation>캐시 %1의 스키마 버전이 %3이 아니라 %2입니다: 캐시를 소유한 프로그램이 먼저 열어야 합니다</translation>
    </message>
    <message>
        <source>its disaster was refused: %1</source>
        <translation>해당 재난이 거부됨: %1</translation>
    </message>
    <message>
        <source>a favorite needs a center</source>
        <translation>즐겨찾기에는 센터가 필요합니다</translation>
    </message>
    <message>
        <source>saving a favorite failed: %1</source>
        <translation>즐겨찾기 저장 실패: %1</translation>
    </message>
    <message>
        <source>saving the self-check failed: %1</source>
        <translation>자가 점검 저장 실패: %1</translation>
    </message>
    <message>
        <source>deleting the self-check failed: %1</source>
        <translation>자가 점검 삭제 실패: %1</translation>
    </message>
</context>
<context>
    <name>et::client::SyncEngine</name>
    <message>
        <source>the event stream did not confirm the subscription within %1 s</source>
        <translation>이벤트 스트림이 %1초 안에 구독을 확인하지 않았습니다</translation>
    </message>
    <message>
        <source>the server rejected a message: %1: %2</source>
        <translation>서버가 메시지를 거부했습니다: %1: %2</translation>
    </message>
    <message>
        <source>ignored a malformed message from the server: %1</source>
        <translation>서버의 잘못된 메시지를 무시했습니다: %1</translation>
    </message>
    <message>
        <source>ignored event %1 (cursor %2): %3</source>
        <translation>이벤트 %1을(를) 무시했습니다(커서 %2): %3</translation>
    </message>
    <message>
        <source>a live update could not be stored: %1</source>
        <translation>실시간 갱신을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>dropped live update %1 &quot;%2&quot; (cursor %3)</source>
        <translation>실시간 갱신 %1 &quot;%2&quot;을(를) 버렸습니다(커서 %3)</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>%1 연결 끊김: %2</translation>
    </message>
    <message>
        <source>the energy history is not complete: %1</source>
        <translation>에너지 이력이 완전하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::client::TileDiskCache</name>
    <message>
        <source>cannot create the tile cache folder %1</source>
        <translation>타일 캐시 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the cached tile %1: %2</source>
        <translation>캐시 타일 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>et::client::TlsConfig</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>CA 인증서 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected)</source>
        <translation>%1에 인증서가 없습니다(PEM 또는 DER 형식이어야 합니다)</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;: %3</source>
        <translation>&quot;%2&quot;이(가) 발급한 인증서 &quot;%1&quot;: %3</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1): check --ca-cert and the server address</source>
        <translation>서버의 인증서를 신뢰할 수 없습니다(%1): --ca-cert와 서버 주소를 확인하세요</translation>
    </message>
</context>
<context>
    <name>et::client::XyzTileFetcher</name>
    <message>
        <source>the tile URL template %1 lacks %2</source>
        <translation>타일 URL 템플릿 %1에 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>the tile URL template %1 is not an http(s) URL</source>
        <translation>타일 URL 템플릿 %1은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1ms 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>빈 응답</translation>
    </message>
    <message>
        <source>tile %1: %2</source>
        <translation>타일 %1: %2</translation>
    </message>
</context>
<context>
    <name>et::map::TileImageCache</name>
    <message>
        <source>tile %1/%2/%3 cannot be decoded as an image</source>
        <translation>타일 %1/%2/%3을(를) 이미지로 디코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>et::models::AlarmListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>et::models::AuditLogModel</name>
    <message>
        <source>Chain intact: %L1 entries</source>
        <translation>해시 체인 정상: %L1건</translation>
    </message>
    <message>
        <source>Chain broken at entry %L1: %2</source>
        <translation>해시 체인 손상, 항목 %L1: %2</translation>
    </message>
    <message>
        <source>The audit trail is for administrators only. The server said: %1</source>
        <translation>감사 기록은 관리자 전용입니다. 서버 응답: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>감사 기록을 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CenterFilterModel</name>
    <message>
        <source>The weights must add up to 1.00 (now %1).</source>
        <translation>가중치의 합은 1.00이어야 합니다 (지금 %1).</translation>
    </message>
    <message>
        <source>Each weight must be between 0 and 1.</source>
        <translation>각 가중치는 0과 1 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>et::models::CenterImport</name>
    <message>
        <source>new center</source>
        <translation>새 센터</translation>
    </message>
    <message>
        <source>merged: replaces the center with its name and address</source>
        <translation>병합: 같은 이름과 주소의 센터를 바꿈</translation>
    </message>
    <message>
        <source>merged: unchanged</source>
        <translation>병합: 변경 없음</translation>
    </message>
    <message>
        <source>skipped: outside Jeju</source>
        <translation>건너뜀: 제주 밖</translation>
    </message>
    <message>
        <source>skipped: repeats an earlier row</source>
        <translation>건너뜀: 앞 행과 중복</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a centers file</source>
        <translation>%1이(가) %2 MB보다 큽니다: 센터 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>No center in Jeju in this file (%n rows read).</source>
        <translation>
            <numerusform>이 파일에 제주의 센터가 없습니다 (%n행 읽음).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only operators and administrators may import centers.</source>
        <translation>운영자와 관리자만 센터를 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Load a file with centers in Jeju first.</source>
        <translation>먼저 제주의 센터가 들어 있는 파일을 불러오세요.</translation>
    </message>
    <message>
        <source>This file was uploaded already.</source>
        <translation>이 파일은 이미 올렸습니다.</translation>
    </message>
    <message>
        <source>Too many centers for one upload (%1): split the file.</source>
        <translation>한 번에 올리기에는 센터가 너무 많습니다 (%1): 파일을 나누세요.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>가져오기를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server refused the import: %1</source>
        <translation>서버가 가져오기를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 merged, %4 unchanged, %5 skipped (%6 outside Jeju)</source>
        <translation>%1행: 새 센터 %2, 병합 %3, 변경 없음 %4, 건너뜀 %5 (제주 밖 %6)</translation>
    </message>
</context>
<context>
    <name>et::models::CenterListModel</name>
    <message>
        <source>opens %1</source>
        <translation>%1 개시</translation>
    </message>
    <message>
        <source>opens %1 %2</source>
        <translation>%1 %2 개시</translation>
    </message>
    <message>
        <source>Open · closes %1, in %2 min</source>
        <translation>운영 중 · %1 종료, %2분 남음</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>운영 종료</translation>
    </message>
    <message>
        <source>Closed · %1</source>
        <translation>운영 종료 · %1</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>오늘 휴무</translation>
    </message>
    <message>
        <source>Closed today · %1</source>
        <translation>오늘 휴무 · %1</translation>
    </message>
    <message>
        <source>Hours unknown: ask by phone</source>
        <translation>운영 시간 정보 없음: 전화로 확인하세요</translation>
    </message>
    <message>
        <source>Hours not understood: “%1”</source>
        <translation>운영 정보를 해석할 수 없음: “%1”</translation>
    </message>
    <message>
        <source>not understood: “%1”</source>
        <translation>해석할 수 없음: “%1”</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>휴무</translation>
    </message>
    <message>
        <source>closed · %1</source>
        <translation>휴무 · %1</translation>
    </message>
    <message>
        <source>ask by phone (a holiday)</source>
        <translation>전화로 확인 (공휴일)</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>운영 시간 정보 없음</translation>
    </message>
    <message>
        <source>Temporarily closed · %1</source>
        <translation>임시 휴무 · %1</translation>
    </message>
    <message>
        <source>Temporarily closed · %1 · %2</source>
        <translation>임시 휴무 · %1 · %2</translation>
    </message>
    <message>
        <source>May be without power: %1 (%2 %, about %3 h)</source>
        <translation>정전 우려: %1 (%2 %, 약 %3시간)</translation>
    </message>
</context>
<context>
    <name>et::models::CenterNoticeModel</name>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>%1 %2까지</translation>
    </message>
    <message>
        <source>Only operators and administrators may post notices.</source>
        <translation>운영자와 관리자만 공지를 올릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why (the reason is shown with the notice).</source>
        <translation>사유를 적으세요 (공지와 함께 보입니다).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2.</source>
        <translation>사유가 %1자입니다. 최대 %2자입니다.</translation>
    </message>
    <message>
        <source>The end must be in the future.</source>
        <translation>끝나는 시각은 앞으로의 시각이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The end may be at most %n days ahead.</source>
        <translation>
            <numerusform>끝나는 시각은 최대 %n일 뒤까지입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice could not be saved: %1</source>
        <translation>공지를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CenterReviewModel</name>
    <message>
        <source>Sign in to write a review.</source>
        <translation>후기를 쓰려면 로그인하세요.</translation>
    </message>
    <message>
        <source>Choose a center first.</source>
        <translation>먼저 센터를 고르세요.</translation>
    </message>
    <message>
        <source>Give 1 to 5 stars.</source>
        <translation>별 1~5개를 주세요.</translation>
    </message>
    <message>
        <source>The review is %1 characters long; at most %2.</source>
        <translation>후기가 %1자입니다. 최대 %2자입니다.</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>후기를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Only administrators may hide a review.</source>
        <translation>관리자만 후기를 숨길 수 있습니다.</translation>
    </message>
    <message>
        <source>Say why the review is hidden (kept in the audit trail).</source>
        <translation>후기를 숨기는 이유를 적으세요 (감사 기록에 남습니다).</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2.</source>
        <translation>사유가 %1자입니다. 최대 %2자입니다.</translation>
    </message>
    <message>
        <source>The review could not be hidden: %1</source>
        <translation>후기를 숨길 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::models::CommandRejectionModel</name>
    <message>
        <source>Order %1</source>
        <translation>지시 %1</translation>
    </message>
    <message>
        <source>Order for %1: charge %2 kWh at %3</source>
        <translation>%1 지시: %3에서 %2 kWh 충전</translation>
    </message>
    <message>
        <source>Order for %1: deliver %2 kWh to %3</source>
        <translation>%1 지시: %3에 %2 kWh 공급</translation>
    </message>
    <message>
        <source>Cancelling order %1</source>
        <translation>지시 %1 취소</translation>
    </message>
    <message>
        <source>Acknowledging disaster %1</source>
        <translation>재난 %1 확인</translation>
    </message>
    <message>
        <source>Reporting disaster %1</source>
        <translation>재난 %1 보고</translation>
    </message>
    <message>
        <source>Updating disaster %1</source>
        <translation>재난 %1 변경</translation>
    </message>
    <message>
        <source>Resolving disaster %1</source>
        <translation>재난 %1 종료</translation>
    </message>
    <message>
        <source>Acknowledging alarm %1</source>
        <translation>알람 %1 확인</translation>
    </message>
    <message>
        <source>Shelving alarm %1</source>
        <translation>알람 %1 보류</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n centers</source>
        <translation>
            <numerusform>센터 %n곳 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice on %1: %2</source>
        <translation>%1 공지: %2</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>%1 후기</translation>
    </message>
    <message>
        <source>Hiding review %1</source>
        <translation>후기 %1 숨기기</translation>
    </message>
</context>
<context>
    <name>et::models::ConnectionStatus</name>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>재연결 중…</translation>
    </message>
    <message>
        <source>Offline (cached data)</source>
        <translation>오프라인 (캐시 데이터)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1초 후 재연결</translation>
    </message>
    <message>
        <source>offline since %1 KST</source>
        <translation>%1 KST부터 오프라인</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <source>As of %1 KST · %2 old</source>
        <translation>%1 KST 기준 · %2 경과</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation>
            <numerusform>전송 대기 명령 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last try: %2</source>
        <translation>%1 · 마지막 시도: %2</translation>
    </message>
</context>
<context>
    <name>et::models::DestinationModel</name>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC 변환소</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>화력</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>풍력</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>태양광</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>변전소</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 km</source>
        <translation>%1 · %2 · %3 km</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 km · %4 min</source>
        <translation>%1 · %2 · %3 km · %4분</translation>
    </message>
</context>
<context>
    <name>et::models::DispatchSuggestionModel</name>
    <message>
        <source>%1 → %2, arrives %3 (%4–%5), absorbs %6 kWh of the curtailment %7–%8, worth ₩%9</source>
        <translation>%1 → %2, %3 도착 (%4–%5), %7–%8 출력제한 중 %6 kWh 흡수, 가치 ₩%9</translation>
    </message>
    <message>
        <source>%1 → %2, arrives %3 (%4–%5), delivers %6 kWh in the expensive hours %7–%8, worth ₩%9</source>
        <translation>%1 → %2, %3 도착 (%4–%5), 고가 시간대 %7–%8에 %6 kWh 공급, 가치 ₩%9</translation>
    </message>
    <message>
        <source>; no other truck could do it</source>
        <translation>; 다른 트럭으로는 할 수 없음</translation>
    </message>
    <message>
        <source>; %1 would arrive %2 min later and be worth ₩%3</source>
        <translation>; %1은(는) %2분 늦게 도착하며 가치는 ₩%3</translation>
    </message>
    <message>
        <source>; %1 would arrive %2 min sooner but be worth only ₩%3</source>
        <translation>; %1은(는) %2분 일찍 도착하지만 가치는 ₩%3에 그침</translation>
    </message>
    <message>
        <source>That suggestion is no longer offered.</source>
        <translation>이 제안은 더 이상 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>지시를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1을(를) %2(으)로 보냄</translation>
    </message>
</context>
<context>
    <name>et::models::EnergyChartData</name>
    <message>
        <source>there is no chart series %1</source>
        <translation>차트 계열 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the time is not a finite number</source>
        <translation>시각이 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>the value is infinite (use NaN for a gap)</source>
        <translation>값이 무한대입니다 (빈 구간은 NaN으로 나타내세요)</translation>
    </message>
    <message>
        <source>the time %1 does not follow the previous point&apos;s %2</source>
        <translation>시각 %1이(가) 이전 점의 시각 %2보다 늦지 않습니다</translation>
    </message>
    <message>
        <source>%1 has %2 steps, the island %3</source>
        <translation>%1의 구간은 %2개이고 섬 전체는 %3개입니다</translation>
    </message>
</context>
<context>
    <name>et::models::EnergyInstant</name>
    <message>
        <source>the energy history cannot be read: the cache has no file</source>
        <translation>에너지 이력을 읽을 수 없습니다: 캐시 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>et::models::ForecastModel</name>
    <message>
        <source>The cached forecast came without what it was computed from (an older server): it cannot be computed again offline</source>
        <translation>캐시된 예측에 계산 입력값이 없어(이전 버전 서버) 오프라인에서 다시 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>The forecast could not be computed again offline: %1</source>
        <translation>오프라인에서 예측을 다시 계산하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>et::models::HazardShapes</name>
    <message>
        <source>%1 at %2 KST</source>
        <translation>%1 · %2 KST</translation>
    </message>
    <message>
        <source> · %1 hPa</source>
        <translation> · %1 hPa</translation>
    </message>
    <message>
        <source> · %1 m/s</source>
        <translation> · %1 m/s</translation>
    </message>
    <message>
        <source>%1 is not on its track at %2 KST</source>
        <translation>%2 KST에는 %1의 경로가 없습니다</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>초안</translation>
    </message>
</context>
<context>
    <name>et::models::IncidentImpactModel</name>
    <message>
        <source>Holland (1980) wind field along the track</source>
        <translation>경로를 따른 Holland(1980) 풍속장</translation>
    </message>
    <message>
        <source>Allen, Wald &amp; Worden (2012) intensity</source>
        <translation>Allen·Wald·Worden(2012) 진도</translation>
    </message>
    <message>
        <source>flood depth over the drawn area</source>
        <translation>그린 구역의 침수 깊이</translation>
    </message>
    <message>
        <source>outage area and regions</source>
        <translation>정전 구역과 읍면동</translation>
    </message>
    <message>
        <source>area and severity (no physical model)</source>
        <translation>구역과 심각도 (물리 모델 없음)</translation>
    </message>
    <message>
        <source>life-critical first</source>
        <translation>생명 직결 우선</translation>
    </message>
    <message>
        <source>fair share (max-min)</source>
        <translation>공정 배분 (최대-최소)</translation>
    </message>
</context>
<context>
    <name>et::models::InfoPages</name>
    <message>
        <source>In a crisis</source>
        <translation>위기 상황일 때</translation>
    </message>
    <message>
        <source>Mental health and where to get help</source>
        <translation>정신건강과 도움받을 곳</translation>
    </message>
</context>
<context>
    <name>et::models::OperatorCommands</name>
    <message>
        <source>Choose charge or deliver.</source>
        <translation>충전 또는 공급을 고르세요.</translation>
    </message>
    <message>
        <source>Enter the energy in kWh (more than 0).</source>
        <translation>에너지를 kWh로 입력하세요(0보다 커야 합니다).</translation>
    </message>
    <message>
        <source>Choose a truck and a destination.</source>
        <translation>트럭과 목적지를 고르세요.</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>지시를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Order queued</source>
        <translation>지시를 대기열에 넣었습니다</translation>
    </message>
    <message>
        <source>The cancellation could not be saved: %1</source>
        <translation>취소를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cancellation queued</source>
        <translation>취소를 대기열에 넣었습니다</translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved: %1</source>
        <translation>확인을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Acknowledgement queued</source>
        <translation>확인을 대기열에 넣었습니다</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>변경을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The incident is not complete: %1</source>
        <translation>사고 정보가 완전하지 않습니다: %1</translation>
    </message>
    <message>
        <source>Incident queued</source>
        <translation>사고 보고 대기 중</translation>
    </message>
    <message>
        <source>Change queued</source>
        <translation>변경 대기 중</translation>
    </message>
    <message>
        <source>Resolution queued</source>
        <translation>종료 대기 중</translation>
    </message>
    <message>
        <source>Shelve for 1 to 1440 minutes.</source>
        <translation>1~1440분 동안만 보류할 수 있습니다.</translation>
    </message>
    <message>
        <source>Give a reason for shelving.</source>
        <translation>보류 사유를 적어 주세요.</translation>
    </message>
    <message>
        <source>Shelf queued</source>
        <translation>보류 대기 중</translation>
    </message>
</context>
<context>
    <name>et::models::SearchOrigin</name>
    <message>
        <source>the NMEA position plugin is not installed</source>
        <translation>NMEA 위치 플러그인이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot read the NMEA file %1: %2</source>
        <translation>NMEA 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>From the GPS (%1) at %2</source>
        <translation>GPS(%1) 기준, %2</translation>
    </message>
    <message>
        <source>From the point chosen on the map, %1</source>
        <translation>지도에서 고른 지점 기준, %1</translation>
    </message>
    <message>
        <source>From the map&apos;s centre (GPS %1: no fix yet)</source>
        <translation>지도 중심 기준 (GPS %1: 아직 위치 없음)</translation>
    </message>
    <message>
        <source>From the map&apos;s centre</source>
        <translation>지도 중심 기준</translation>
    </message>
</context>
<context>
    <name>et::models::SignInController</name>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>et::models::TimeCursor</name>
    <message>
        <source>%1 before the newest data</source>
        <translation>최신 데이터보다 %1 전</translation>
    </message>
</context>
<context>
    <name>et::models::TruckListModel</name>
    <message>
        <source>%1 of %2 kWh</source>
        <translation>%2 kWh 중 %1</translation>
    </message>
    <message>
        <source>Order: charge at %1</source>
        <translation>지시: %1에서 충전</translation>
    </message>
    <message>
        <source>Order: deliver to %1</source>
        <translation>지시: %1에 공급</translation>
    </message>
    <message>
        <source>On its own to %1</source>
        <translation>자율 운행: %1(으)로 이동</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>%1에서 충전 중</translation>
    </message>
    <message>
        <source>Feeding in at %1</source>
        <translation>%1에서 방전 중</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>정비 중</translation>
    </message>
    <message>
        <source>Waiting for a task</source>
        <translation>작업 대기</translation>
    </message>
</context>
<context>
    <name>et::models::TyphoonExercise</name>
    <message>
        <source>%1 %2 · %3 · %4 km</source>
        <translation>%1 %2 · %3 · %4 km</translation>
    </message>
    <message>
        <source>Exercise: %1 (%2)</source>
        <translation>훈련: %1 (%2)</translation>
    </message>
    <message>
        <source>JMA best track %1 moved by %2 h so its nearest approach to Jeju is %3 h from now</source>
        <translation>JMA 최적 경로 %1을 %2시간 옮겨 제주 최근접이 지금부터 %3시간 뒤</translation>
    </message>
</context>
<context>
    <name>et::models::UserPreferences</name>
    <message>
        <source>&quot;%1&quot; is not a server address: use http:// or https:// and a host name, or leave it empty for the console&apos;s own server.</source>
        <translation>&quot;%1&quot;은(는) 서버 주소가 아닙니다. http:// 또는 https://와 호스트 이름을 쓰거나, 콘솔 내장 서버를 쓰려면 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>et::models::ViewRegistry</name>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC 변환소</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>화력</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>풍력</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>태양광</translation>
    </message>
    <message>
        <source>Substation</source>
        <translation>변전소</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>배차</translation>
    </message>
    <message>
        <source>Energy truck</source>
        <translation>에너지 트럭</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>재난</translation>
    </message>
    <message>
        <source>Disaster and affected area</source>
        <translation>재난 및 영향 지역</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>상담센터</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>건강·상담센터</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Feed lines: assumed</source>
        <translation>송전 연결선: 추정</translation>
    </message>
    <message>
        <source>Ring: output of capacity</source>
        <translation>테두리: 용량 대비 출력</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>et::models::WhatIfDraft</name>
    <message>
        <source>The what-if is not complete: %1</source>
        <translation>가상 시나리오가 완성되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Unserved demand</source>
        <translation>미공급 수요</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Energy deficit</source>
        <translation>전력량 부족</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>필요 트럭</translation>
    </message>
    <message>
        <source>Sites red</source>
        <translation>적색 시설</translation>
    </message>
    <message>
        <source>Sites orange</source>
        <translation>주황 시설</translation>
    </message>
    <message>
        <source>Facilities may lose power</source>
        <translation>정전 우려 시설</translation>
    </message>
    <message>
        <source>There is no assessed what-if to promote.</source>
        <translation>등록할 평가된 가상 시나리오가 없습니다.</translation>
    </message>
    <message>
        <source>Only an operator who manages disasters can promote a what-if.</source>
        <translation>재난 관리 권한이 있는 운영자만 가상 시나리오를 실제 사고로 등록할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>et::models::WhatIfInputs</name>
    <message>
        <source>the assets</source>
        <translation>설비</translation>
    </message>
    <message>
        <source>the island&apos;s demand</source>
        <translation>섬 전체 수요</translation>
    </message>
    <message>
        <source>the critical facilities</source>
        <translation>주요 시설</translation>
    </message>
    <message>
        <source>the eup/myeon/dong map</source>
        <translation>읍면동 지도</translation>
    </message>
    <message>
        <source>the substations&apos; load shares</source>
        <translation>변전소별 부하 비중</translation>
    </message>
    <message>
        <source>Assessed without %1: not in this console&apos;s cache yet.</source>
        <translation>%1 없이 평가했습니다: 아직 이 콘솔의 캐시에 없습니다.</translation>
    </message>
</context>
<context>
    <name>et::report::ReportContent</name>
    <message>
        <source>the offline cache is not open</source>
        <translation>오프라인 캐시가 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>no such incident in the offline cache (sync first, or check the id)</source>
        <translation>오프라인 캐시에 그런 사고가 없습니다 (먼저 동기화하거나 ID를 확인하세요)</translation>
    </message>
</context>
<context>
    <name>et::report::SituationReport</name>
    <message>
        <source>active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>감시 중</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Situation report: %1</source>
        <translation>상황 보고서: %1</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>심각도 %1/5</translation>
    </message>
    <message>
        <source>the hazard rates it %1</source>
        <translation>위험 모델 평가 %1</translation>
    </message>
    <message>
        <source>GDACS alert %1</source>
        <translation>GDACS 경보 %1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>사고 %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>발생 %1</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>확인 %1</translation>
    </message>
    <message>
        <source>Made %1 from this console&apos;s offline cache, last synced %2.</source>
        <translation>%1에 이 콘솔의 오프라인 캐시로 작성 (마지막 동기화 %2).</translation>
    </message>
    <message>
        <source>The server has not assessed this incident yet: no impact figures.</source>
        <translation>서버가 아직 이 사고를 평가하지 않아 영향 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Assessed %1.</source>
        <translation>평가 시각 %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unserved demand</source>
        <translation>미공급 수요</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Energy deficit over the expected outage</source>
        <translation>예상 정전 기간의 부족 전력량</translation>
    </message>
    <message>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <source>Trucks needed</source>
        <translation>필요 트럭</translation>
    </message>
    <message>
        <source>Energy on the trucks to share</source>
        <translation>트럭이 나눌 수 있는 전력량</translation>
    </message>
    <message>
        <source>Sites red / orange / yellow</source>
        <translation>적색 / 주황 / 황색 시설</translation>
    </message>
    <message>
        <source>Unserved demand by eup/myeon/dong</source>
        <translation>읍면동별 미공급 수요</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Sites at risk</source>
        <translation>위험 시설</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>시설</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Damage probability</source>
        <translation>손상 확률</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>점검 등급</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… 외 %1곳.</translation>
    </message>
    <message>
        <source>Critical facilities that may lose power</source>
        <translation>정전 우려 주요 시설</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <source>Loss probability</source>
        <translation>정전 확률</translation>
    </message>
    <message>
        <source>Backup h</source>
        <translation>비상전원 시간</translation>
    </message>
    <message>
        <source>Outage h</source>
        <translation>정전 시간</translation>
    </message>
    <message>
        <source>Need MWh</source>
        <translation>필요 MWh</translation>
    </message>
    <message>
        <source>Priority supply</source>
        <translation>우선 공급</translation>
    </message>
    <message>
        <source>life-critical first</source>
        <translation>생명 관련 우선</translation>
    </message>
    <message>
        <source>fair share (max-min)</source>
        <translation>공정 배분 (max-min)</translation>
    </message>
    <message>
        <source>No energy to share.</source>
        <translation>나눌 전력량이 없습니다.</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Trucks assigned</source>
        <translation>배정된 트럭</translation>
    </message>
    <message>
        <source>The cached plan sends no truck to this incident.</source>
        <translation>캐시된 배차 계획에는 이 사고로 가는 트럭이 없습니다.</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>트럭</translation>
    </message>
    <message>
        <source>To</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Alarm journal</source>
        <translation>경보 기록</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>경보 없음.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Impact by the server&apos;s IncidentImpact (docs/hazards.md): damage probabilities from published fragility curves, facilities fed by their nearest substation (ASSUMED), demand and outage hours as stated there.</source>
        <translation>영향은 서버의 IncidentImpact(docs/hazards.md)로 계산했습니다: 손상 확률은 공개된 취약도 곡선, 시설은 가장 가까운 변전소에서 공급받는다고 가정(ASSUMED), 수요와 정전 시간은 그 문서에 적힌 대로입니다.</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>보고서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>HVDC converter</source>
        <translation>HVDC 변환소</translation>
    </message>
    <message>
        <source>thermal plant</source>
        <translation>화력발전소</translation>
    </message>
    <message>
        <source>wind farm</source>
        <translation>풍력단지</translation>
    </message>
    <message>
        <source>solar plant</source>
        <translation>태양광</translation>
    </message>
    <message>
        <source>substation</source>
        <translation>변전소</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>water works</source>
        <translation>정수장</translation>
    </message>
    <message>
        <source>telecom</source>
        <translation>통신국사</translation>
    </message>
    <message>
        <source>shelter</source>
        <translation>대피소</translation>
    </message>
    <message>
        <source>health center</source>
        <translation>보건소</translation>
    </message>
    <message>
        <source>red</source>
        <translation>적색</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>황색</translation>
    </message>
    <message>
        <source>green</source>
        <translation>녹색</translation>
    </message>
</context>
</TS>
