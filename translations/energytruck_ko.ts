<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CentersPanel</name>
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
        <source>All categories</source>
        <translation>모든 구분</translation>
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
        <source>Closed %1</source>
        <translation>휴무 %1</translation>
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
        <source>View to open: energy, dispatch, disasters or centers.</source>
        <translation>처음 열 화면: energy, dispatch, disasters, centers 중 하나.</translation>
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
        <source>Colour theme: light or dark.</source>
        <translation>색상 테마: light 또는 dark.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: light, dark</source>
        <translation>&quot;%1&quot;은(는) light, dark 중 하나가 아닙니다</translation>
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
        <source>%1 · severity %2 of 5 · radius %3 km</source>
        <translation>%1 · 심각도 %2/5 · 반경 %3 km</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>시작 %1</translation>
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
        <source>%1 % · %2 of %3 kWh</source>
        <translation>%1 % · %2 / %3 kWh</translation>
    </message>
    <message>
        <source>Heading to %1</source>
        <translation>%1(으)로 이동 중</translation>
    </message>
    <message>
        <source>No destination</source>
        <translation>목적지 없음</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>%1 driving · %2 charging · %3 discharging</source>
        <translation>%1대 이동 중 · %2대 충전 중 · %3대 방전 중</translation>
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
        <source>Demand</source>
        <translation>전력 수요</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>재생에너지 비중</translation>
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
        <source>%1 ₩/kWh</source>
        <translation>%1 원/kWh</translation>
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
        <source>HVDC import</source>
        <translation>HVDC 수입</translation>
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
        <source>Supply by source</source>
        <translation>전원별 공급</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>트럭</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Energy Truck Console — Jeju</source>
        <translation>에너지 트럭 콘솔 — 제주</translation>
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
        <source>Energy truck</source>
        <translation>에너지 트럭</translation>
    </message>
    <message>
        <source>Disaster and affected area</source>
        <translation>재난 및 영향 지역</translation>
    </message>
    <message>
        <source>Health center</source>
        <translation>건강·상담센터</translation>
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
</context>
<context>
    <name>MapTileNotes</name>
    <message>
        <source>Map tiles: %1</source>
        <translation>지도 타일: %1</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>배차</translation>
    </message>
    <message>
        <source>Disasters</source>
        <translation>재난</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>상담센터</translation>
    </message>
    <message>
        <source>Energy
Truck</source>
        <translation>에너지
트럭</translation>
    </message>
</context>
<context>
    <name>SelectableList</name>
    <message>
        <source>Nothing to show</source>
        <translation>표시할 항목이 없습니다</translation>
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
</context>
<context>
    <name>et::app::ConsoleSession</name>
    <message>
        <source>cannot create the data folder</source>
        <translation>데이터 폴더를 만들 수 없습니다</translation>
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
</context>
</TS>
