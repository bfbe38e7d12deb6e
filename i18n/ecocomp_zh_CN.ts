<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>EcoComp</name>
    <message>
      <location filename="plugin.py" line="14" />
      <source>Ecosystem service value (ESV)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="15" />
      <source>Ecological footprint and carrying capacity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="16" />
      <source>Dual food/ecological-security zoning…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="17" />
      <source>Compensation priority by main functional area…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="18" />
      <source>Compensation amount…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="19" />
      <source>Whole chain (model): ESV → footprint → priority → payment…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="20" />
      <source>Land of a region occupied by other regions (input–output)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="21" />
      <source>Bilateral land account and net flows (input–output)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="22" />
      <source>Land-cover area per unit (raster)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="23" />
      <source>ESV surface of all land types (raster)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="24" />
      <source>Export a styled map (PNG)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="28" />
      <source>Parameter table: crops…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="29" />
      <source>Parameter table: commodities…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="30" />
      <source>Parameter table: equivalent factors…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="31" />
      <source>Parameter table: functional-area type → role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="32" />
      <source>Parameter table: land-cover classes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="33" />
      <source>AHP weights…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plugin.py" line="87" />
      <source>&amp;EcoComp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="195" />
      <source>Compensation methods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="201" />
      <source>Units (county / prefecture / province polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="117" />
      <source>Statistics table to join (CSV/XLSX layer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="124" />
      <source>Key field of the polygons (e.g. adcode)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="130" />
      <source>Key field of the statistics table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/algorithm.py" line="98" />
      <source>This algorithm needs a Python library that QGIS cannot find. Install: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="33" />
      <source>Ecosystem service value of cultivated land (ESV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="36" />
      <source>&lt;p&gt;Ecosystem service value (ESV) of each unit's cultivated land by the equivalent-factor method of Xie et al. [XIE], as used for Hubei [HB] and Xuzhou [XZ].&lt;/p&gt;&lt;p&gt;&lt;b&gt;ESV = F · Ea · S&lt;/b&gt; (CNY), with S the cultivated-land area (ha) and F the sum of equivalent factors: total, market (food, raw material) or non-market (regulating, supporting, cultural services).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ea = (1/7) · Σ m&lt;sub&gt;i&lt;/sub&gt;·q&lt;sub&gt;i&lt;/sub&gt;·v&lt;sub&gt;i&lt;/sub&gt; / Σ m&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; (CNY/ha): value of one equivalent factor, from the sown area m (ha), yield q (kg/ha) and national average price v (CNY/kg) of the main food crops; 1/7 is the natural share of the value of food production. Ea is typed in, computed once from a crop table for the whole study region, or computed per unit from crop fields.&lt;/p&gt;&lt;p&gt;Factor presets: Xie 2008 (F = 7.90; market 1.39; non-market 6.51) [HB]; Xie 2003 (F = 6.91; market 1.10; non-market 5.81) [XZ]; or your own table (service, market / non-market, factor).&lt;/p&gt;&lt;p&gt;Output: the input features with &lt;i&gt;ea&lt;/i&gt; (CNY/ha), &lt;i&gt;esv_total&lt;/i&gt;, &lt;i&gt;esv_market&lt;/i&gt;, &lt;i&gt;esv_nonmarket&lt;/i&gt; (CNY) and, optionally, one &lt;i&gt;esv_&amp;lt;service&amp;gt;&lt;/i&gt; field per service. A statistics table (CSV/XLSX layer) can be joined to the polygons by a key field; every polygon must find its row.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="58" />
      <source>Cultivated land area S (field, ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="115" />
      <source>Ecosystem service value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="61" />
      <source>How to get Ea, the value of one equivalent factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="72" />
      <source>Ea, typed value (CNY/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="85" />
      <source>Crop fields per unit: crop, sown-area field (ha), yield field (kg/ha), price (CNY/kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="93" />
      <source>Equivalent-factor table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="112" />
      <source>Add one ESV field per service (CNY)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="77" />
      <source>Crop table: crop, sown area (ha), yield (kg/ha), price (CNY/kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="104" />
      <source>Custom equivalent factors: service, part (market / non-market), factor (dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="63" />
      <source>Typed value (CNY/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="64" />
      <source>From the crop table: one Ea for the whole study region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="65" />
      <source>Per unit, from crop fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="86" />
      <source>Crop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="86" />
      <source>Sown-area field (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="86" />
      <source>Yield field (kg/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="87" />
      <source>Price (CNY/kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="95" />
      <source>Xie 2008 cropland (F 7.90 = market 1.39 + non-market 6.51) [HB]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="96" />
      <source>Xie 2003 farmland (F 6.91 = market 1.10 + non-market 5.81) [XZ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="97" />
      <source>Custom table (below)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="78" />
      <source>Sown area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="78" />
      <source>Yield (kg/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="105" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="105" />
      <source>Part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/esv_algorithm.py" line="105" />
      <source>Factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="92" />
      <source>Ecological footprint and carrying capacity of cultivated land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="95" />
      <source>&lt;p&gt;Cultivated-land ecological footprint and carrying capacity per unit [XZ, HB, FJ].&lt;/p&gt;&lt;p&gt;&lt;b&gt;ef = r · Σ c&lt;sub&gt;i&lt;/sub&gt; / p&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt; (gha/person), &lt;b&gt;EF = N · ef&lt;/b&gt;; &lt;b&gt;ec = a · r · y&lt;/b&gt; with a = S / N (ha/person), &lt;b&gt;EC = N · ec · (1 − k)&lt;/b&gt; (gha). c&lt;sub&gt;i&lt;/sub&gt;: per-capita consumption of commodity i (kg/person); p&lt;sub&gt;i&lt;/sub&gt;: its average productivity (kg/ha); r: equivalence factor of cropland; y: yield factor; k: biodiversity deduction, applied to the capacity only (0.12 WCED, 0.035 [HB], 0 allowed).&lt;/p&gt;&lt;p&gt;Balance &lt;b&gt;eb = EC − EF&lt;/b&gt; (gha) and overload index &lt;b&gt;eoi = (EC − EF) / EC&lt;/b&gt; ([XZ] eq. 7): positive = surplus = the unit receives compensation. [HB] prints (EF − EC) / EC; it is offered as an option, labelled.&lt;/p&gt;&lt;p&gt;Consumption: one commodity table for all units, or per unit as production ÷ population [FJ]. Yield factor: a constant, a field, or per unit y = (Σ P&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) / Σ m&lt;sub&gt;i&lt;/sub&gt; [FJ].&lt;/p&gt;&lt;p&gt;Presets: Hubei 2017 [HB] r 2.52, y 1.28, k 0.035, six commodities (ef = 0.16170 gha/person); Xuzhou 2015 [XZ] r 2.17, y 1.66, k 0 with your commodity table; Fujian 2017 [FJ] r 1, y per unit, k 0, consumption and productivity from the production table. 'Custom' uses the values below.&lt;/p&gt;&lt;p&gt;Output fields: ef, ec (gha/person), ef_total (EF), ec_total (EC), eb (gha), eoi, y and k (the values used). Totals are named ef_total / ec_total because GeoPackage and Shapefile field names ignore case, so EF and ef cannot both exist.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="118" />
      <source>Population N (field, persons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="161" />
      <source>Ecological footprint and capacity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="29" />
      <source>Production per unit: commodity, production field (kg), sown-area field (ha), productivity p_i (kg/ha; empty = regional average Σ production / Σ sown area) [FJ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="121" />
      <source>Parameter preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="134" />
      <source>Per-capita consumption (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="140" />
      <source>Equivalence factor of cropland r (custom; gha/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="143" />
      <source>Yield factor y (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="148" />
      <source>Yield factor y, constant (custom; dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="151" />
      <source>Yield factor y (field, dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="154" />
      <source>Biodiversity deduction k (custom; fraction 0–1: 0.12 WCED, 0.035 [HB])</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="157" />
      <source>Overload index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="129" />
      <source>Commodity table: commodity, per-capita consumption c_i (kg/person), productivity p_i (kg/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="31" />
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="31" />
      <source>Production field (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="32" />
      <source>p_i (kg/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="122" />
      <source>Hubei 2017 [HB]: r 2.52, y 1.28, k 0.035, six commodities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="123" />
      <source>Xuzhou 2015 [XZ]: r 2.17, y 1.66, k 0, commodity table below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="124" />
      <source>Fujian 2017 [FJ]: r 1, y per unit, k 0, production table below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="125" />
      <source>Custom: the values below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="135" />
      <source>Commodity table: the same c_i for every unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="136" />
      <source>Per unit: production ÷ population, from the production table [FJ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="144" />
      <source>Constant (below)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="144" />
      <source>From a field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="145" />
      <source>Per unit from the production table: y = (Σ P/p) / Σ m [FJ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="158" />
      <source>eoi = (EC − EF) / EC: surplus &gt; 0 [XZ] (EcoComp convention)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="159" />
      <source>eoi = (EF − EC) / EC as printed in [HB]: surplus &lt; 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/footprint_algorithm.py" line="130" />
      <source>c_i (kg/person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="29" />
      <source>&lt;p&gt;Land embodied in final demand through a multi-regional input–output table [IO]: &lt;b&gt;A = Z · diag(x)⁻¹&lt;/b&gt;, &lt;b&gt;f = land / x&lt;/b&gt; (ha per unit of output; 0 where x = 0) and &lt;b&gt;C = diag(f) · (I − A)⁻¹ · Y&lt;/b&gt;, solved with one LU factorisation of I − A for all final-demand columns (the inverse is never formed; sparse tables stay sparse).&lt;/p&gt;&lt;p&gt;Tables: a folder with &lt;i&gt;Z.csv&lt;/i&gt;, &lt;i&gt;Y.csv&lt;/i&gt; (two header rows: region, then sector or final-demand category; two label columns: region, sector), &lt;i&gt;x.csv&lt;/i&gt; and &lt;i&gt;land.csv&lt;/i&gt; (region, sector, value); or an XLSX workbook with sheets Z, Y, x, land in the same layout; or a folder saved by pymrio (save_all), with the land account taken from an extension's F table. Optional: a category mapping (CSV: category, group — e.g. consumption, investment, export) and a sector concordance (CSV: sector, aggregated sector — e.g. 30 → 8 sectors as in [IO]); results are computed at full detail and then summed. Checks: labels, negative or zero output, rows that do not balance (x = Z·1 + Y·1; the largest imbalance is named) and a singular I − A.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="60" />
      <source>Input–output land occupation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="160" />
      <source>Land of a region occupied by other regions' final demand (input–output)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="221" />
      <source>Bilateral land occupation account and net flows (input–output)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="66" />
      <source>Region polygons (e.g. provinces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="67" />
      <source>Region key field (values = the MRIO's region labels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="168" />
      <source>&lt;p&gt;Outputs per region polygon: occ_&amp;lt;group&amp;gt; (ha, per final-demand group), occ_total (ha), occ_s_&amp;lt;sector&amp;gt; (ha, all groups) and value_total (CNY).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="175" />
      <source>Land of the target region occupied per region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="224" />
      <source>&lt;p&gt;Beyond [IO], whose authors list it as missing: the full bilateral account of every region's land embodied in every other region's final demand, per final-demand group, the net balance of each region and the net flows between regions.&lt;/p&gt;&lt;p&gt;T[g, q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt; (ha). Per region: land_production (row sum: land used in the region, production-based), land_consumption (column sum: land embodied in its final demand, consumption-based), land_supplied (to other regions), land_drawn (from other regions) and &lt;b&gt;land_net = supplied − drawn&lt;/b&gt;: positive = net supplier of land services = receives compensation.&lt;/p&gt;&lt;p&gt;Net flow between two regions: T[o, d] − T[d, o] over all groups, drawn as a line from the supplier o to the user d, width by amount; flows below the threshold are dropped and only the largest N kept.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="245" />
      <source>Land balance per region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="69" />
      <source>MRIO table format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="73" />
      <source>MRIO folder (CSV or pymrio)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="76" />
      <source>MRIO workbook (XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="78" />
      <source>pymrio: extension holding the land account (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="80" />
      <source>pymrio: stressor row of the land account (empty = sum of all rows)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="83" />
      <source>Final-demand category mapping (CSV: category, group; optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="86" />
      <source>Sector concordance (CSV: sector, aggregated sector; optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="89" />
      <source>Balance tolerance |x − Z·1 − Y·1| / x (fraction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="92" />
      <source>Unit value of land (CNY/ha; 0 = no monetary value)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="163" />
      <source>&lt;p&gt;For a target region g (e.g. Gansu) and every region q: the land of g, by aggregated sector and in total, embodied in q's final demand per category [IO eq. 5]: occ[q, k] = Σ&lt;sub&gt;i&lt;/sub&gt; C&lt;sup&gt;(q,k)&lt;/sup&gt;&lt;sub&gt;(g,i)&lt;/sub&gt; (ha). The target's own final demand is included (domestic use). With a unit value (CNY/ha, e.g. the ESV per ha of the target region), value = occupation × unit value = the compensation owed to g.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="174" />
      <source>Target region g</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="240" />
      <source>Smallest net flow drawn (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="243" />
      <source>Largest N net flows drawn (0 = all above the threshold)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="247" />
      <source>Bilateral land matrix (origin, destination, group, ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="250" />
      <source>Net land flows (lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="281" />
      <source>Net land flows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="207" />
      <source>Land of {} occupied per region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="70" />
      <source>Folder of CSV files: Z, Y, x, land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="70" />
      <source>XLSX workbook: sheets Z, Y, x, land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/io_algorithms.py" line="71" />
      <source>Folder saved by pymrio (text files)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="25" />
      <source>&lt;p&gt;Pixels are counted by centre: a pixel belongs to a polygon when its centre lies inside it. Overlapping polygons each count every pixel whose centre they contain. Areas: |pixel width × height| in projected CRSs (non-square pixels included); in geographic CRSs each row's cells take the ellipsoidal area of their latitude band. Polygons are reprojected to the raster's CRS. The raster is read in strips, never whole.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="43" />
      <source>Land-cover rasters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="126" />
      <source>Land-cover area per unit (cultivated land and other land types)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="162" />
      <source>ESV surface of all land types from a land-cover raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="133" />
      <source>&lt;p&gt;Outputs: lc_&amp;lt;land type&amp;gt;_ha, lc_total_ha and, optionally, lc_class_&amp;lt;value&amp;gt;_ha per class.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="140" />
      <source>Land-cover areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="170" />
      <source>&lt;p&gt;Outputs: the ESV raster (CNY per pixel, float32) and the polygons with esv_lc_&amp;lt;land type&amp;gt; and esv_lc_total (CNY).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="181" />
      <source>ESV by land type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="50" />
      <source>Land-cover raster (class codes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="51" />
      <source>Band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="53" />
      <source>Class → land type mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="129" />
      <source>&lt;p&gt;Area (ha) of each land type in every polygon from a land-cover raster (e.g. a 30 m national land-cover product), through a class → land type mapping: cultivated, forest, grassland, wetland, water, unused, built-up. The cultivated area (lc_cultivated_ha) feeds ecocomp:esv and ecocomp:footprint directly as the cultivated land area S [HB].&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="139" />
      <source>Add one area field per class (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="165" />
      <source>&lt;p&gt;Ecosystem service value of every land type [XIE, HB], as a raster and per polygon: each pixel is worth &lt;b&gt;F&lt;sub&gt;total&lt;/sub&gt;(land type) · Ea · pixel area&lt;/b&gt; (CNY), with the Xie 2008 equivalent-factor totals cultivated 7.90, forest 28.12, grassland 11.67, wetland 54.77, water 45.35, unused 1.39 and built-up 0, and Ea the value of one equivalent factor (CNY/ha; see ecocomp:esv). The [HB] authors name grid-scale, multi-land-type ESV as the next step.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="177" />
      <source>Ea, value of one equivalent factor (CNY/ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="180" />
      <source>ESV surface (CNY per pixel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="59" />
      <source>Custom class mapping: class value, land type (cultivated, forest, grassland, wetland, water, unused, built-up or ignore)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="54" />
      <source>CLCD, China Land Cover Dataset (1 cropland … 9 wetland)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="55" />
      <source>ESA WorldCover (10 tree cover … 100 moss)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="61" />
      <source>Class value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/landcover_algorithms.py" line="61" />
      <source>Land type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="100" />
      <source>Export a styled map of a result (PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="103" />
      <source>Maps and tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="113" />
      <source>&lt;p&gt;Draws one numeric field of a polygon layer as a printable A4 landscape map — title, graduated classes with legend, scale bar and a source note — and writes it as a PNG image.&lt;/p&gt;&lt;p&gt;Fields with a bundled EcoComp style (for example &lt;i&gt;esv_total&lt;/i&gt;) use it; any other numeric field gets natural-breaks classes in the same layout. Class breaks are computed from the data.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="124" />
      <source>Layer to map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="129" />
      <source>Field to map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="133" />
      <source>Map title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="135" />
      <source>Source note under the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="140" />
      <source>Map projection (empty: Asia North Albers equal-area, ESRI:102025)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="146" />
      <source>Resolution (dots per inch)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="152" />
      <source>Layer drawn on top (e.g. net land flows from ecocomp:iobilateral)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="157" />
      <source>Map image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/map_algorithm.py" line="157" />
      <source>PNG image (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/model_algorithm.py" line="29" />
      <source>Compensation chain: ESV → footprint → priority → payment (Hubei 2017 settings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/model_algorithm.py" line="32" />
      <source>Models</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="39" />
      <source>Ecological compensation amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="42" />
      <source>&lt;p&gt;Compensation amount of each unit [HB eq. 6, XZ]: &lt;b&gt;P = ESV&lt;sub&gt;part&lt;/sub&gt; · R · G · eoi&lt;/b&gt; (CNY). Positive = the unit receives compensation; negative = it pays.&lt;/p&gt;&lt;p&gt;&lt;b&gt;R = 1 / (1 + e&lt;sup&gt;−t&lt;/sup&gt;)&lt;/b&gt;, development-stage coefficient (Pearl curve), with &lt;b&gt;t = En&lt;/b&gt; [HB eq. 7–8, XZ eq. 8] and &lt;b&gt;En = Ea · θ + Eb · (1 − θ)&lt;/b&gt; from the urban (Ea) and rural (Eb) Engel coefficients and the urbanisation rate θ, all fractions 0–1. Percent input is detected and refused, or converted with a warning. The growth-curve variant t = 1/En − 3 is an option, labelled. R can also be read from a field when a study publishes it ([XZ]: R = 0.5768 for its core districts ⇔ t = 0.3097).&lt;/p&gt;&lt;p&gt;&lt;b&gt;G = GDPpc / GDPpc&lt;sub&gt;ref&lt;/sub&gt;&lt;/b&gt;, affordability coefficient, against the study region's average (Σ GDP / Σ population), a typed reference (CNY/person) or from a field; G can be switched off ([XZ]).&lt;/p&gt;&lt;p&gt;eoi: overload index (EC − EF)/EC from ecocomp:footprint. ESV part: non-market ([HB], default) or total ([XZ]).&lt;/p&gt;&lt;p&gt;Presets: Hubei 2017 [HB] non-market ESV × R × G × eoi; Xuzhou 2015 [XZ] total ESV × R × eoi (no G; use the Xie 2003 factors, F = 6.91, in ecocomp:esv).&lt;/p&gt;&lt;p&gt;Outputs: R, G, payment (CNY) and role_conflict (1 where the role from ecocomp:priority disagrees with the sign of the payment). The log reports the total received, the total paid and the net.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="73" />
      <source>Non-market ESV (field, CNY)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="74" />
      <source>Total ESV (field, CNY)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="75" />
      <source>Overload index eoi = (EC − EF)/EC (field, fraction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="80" />
      <source>Urban Engel coefficient Ea (field, fraction 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="82" />
      <source>Rural Engel coefficient Eb (field, fraction 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="84" />
      <source>Urbanisation rate θ (field, fraction 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="86" />
      <source>Published R (field, dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="101" />
      <source>G (field, dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="102" />
      <source>GDP (field, CNY)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="103" />
      <source>Population (field, persons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="104" />
      <source>Role from ecocomp:priority (field, optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="106" />
      <source>Compensation amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="66" />
      <source>Preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="71" />
      <source>ESV part (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="77" />
      <source>Development-stage coefficient R</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="88" />
      <source>Form of t in R = 1 / (1 + e^(−t))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="91" />
      <source>Engel coefficients or urbanisation given in percent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="94" />
      <source>Affordability coefficient G (custom)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="99" />
      <source>Reference per-capita GDP (CNY/person; national or provincial)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="67" />
      <source>Hubei 2017 [HB]: non-market ESV × R × G × eoi</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="68" />
      <source>Xuzhou 2015 [XZ]: total ESV × R × eoi, no G</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="69" />
      <source>Custom: ESV part and G below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="72" />
      <source>Non-market ESV [HB]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="72" />
      <source>Total ESV [XZ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="78" />
      <source>From Engel coefficients and urbanisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="78" />
      <source>From a field (published R)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="89" />
      <source>t = En [HB, XZ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="89" />
      <source>Growth-curve variant t = 1/En − 3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="92" />
      <source>Refuse them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="92" />
      <source>Divide by 100, with a warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="95" />
      <source>Off (G = 1) [XZ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="95" />
      <source>Against the study region's per-capita GDP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/payment_algorithm.py" line="96" />
      <source>Against a typed per-capita GDP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="24" />
      <source>Compensation priority by main functional area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="27" />
      <source>&lt;p&gt;Who is compensated first and who pays first, by main functional area (主体功能区) [HB].&lt;/p&gt;&lt;p&gt;Role from the type: key development zones (重点开发区) and optimised development zones (优化开发区) pay; main agricultural production areas (农产品主产区), key ecological function areas (重点生态功能区) and prohibited development areas (禁止开发区) receive. The mapping is editable; English and Chinese type names are both recognised, and unknown types are listed.&lt;/p&gt;&lt;p&gt;Priority index &lt;b&gt;IND = ESV&lt;sub&gt;non-market&lt;/sub&gt; / GDP&lt;/b&gt; (CNY per CNY; the ratio of non-market ESV per unit area to GDP per unit area, the area cancels).&lt;/p&gt;&lt;p&gt;Receivers: larger IND → compensated earlier (rank 1 = highest IND). Payers: lower ESV and higher GDP → pays earlier (rank 1 = lowest IND). Ranks and levels are within each role; levels 1…k by natural breaks (exact Fisher–Jenks), quantiles or equal intervals, level 1 = first in order.&lt;/p&gt;&lt;p&gt;Outputs: role (payer / receiver), ind, rank, level.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="44" />
      <source>Main functional area type (field, text)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="60" />
      <source>Compensation priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="54" />
      <source>Levels by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="58" />
      <source>Number of levels within each role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="47" />
      <source>Type → role mapping (role: payer / receiver, 支付 / 受偿; empty = the default mapping)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="55" />
      <source>Natural breaks (Fisher–Jenks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="55" />
      <source>Quantiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="55" />
      <source>Equal intervals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="48" />
      <source>Main functional area type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/priority_algorithm.py" line="48" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/provider.py" line="26" />
      <source>EcoComp — cultivated-land ecological compensation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="49" />
      <source>Dual food-security and ecological-security compensation zoning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="52" />
      <source>&lt;p&gt;Zoning of cultivated-land protection compensation from the food-security and the ecological-security balance of each unit [FJ].&lt;/p&gt;&lt;p&gt;Food security: &lt;b&gt;d1 = α · c / (Y / S1)&lt;/b&gt; (ha/person), &lt;b&gt;s1 = S1 / N&lt;/b&gt;, &lt;b&gt;l1 = s1 − d1&lt;/b&gt;, L1 = N · l1 (ha). α: food self-sufficiency rate (default 0.95); c: per-capita grain consumption (default 400 kg/person); Y: grain output (kg); S1: cultivated area (ha); N: population.&lt;/p&gt;&lt;p&gt;Ecological security: &lt;b&gt;d2 = ef&lt;/b&gt;, &lt;b&gt;s2 = ec&lt;/b&gt; (gha/person) from ecocomp:footprint, or computed here with the [FJ] settings (r = 1, y per unit, consumption = production ÷ population, p_i = regional average); &lt;b&gt;l2 = s2 − d2&lt;/b&gt;, L2 = N · l2 (gha).&lt;/p&gt;&lt;p&gt;Score: &lt;b&gt;Q = w1 · z(l1) + w2 · z(l2)&lt;/b&gt;, z-scores over all units (sample σ by default); w1 + w2 = 1, typed or from an AHP pairwise matrix (consistency ratio CR reported; CR &gt; 0.1 refused unless overridden).&lt;/p&gt;&lt;p&gt;Zones: Q &gt; Δ → receiving zone (受偿区, 1); Q &lt; −Δ → paying zone (支付区, −1); otherwise balance zone (平衡区, 0). Δ typed ([FJ] used 0.2296 for Fujian's 9 cities: 3 receiving, 2 paying, 4 balance) or automatic Δ = κ · σ(Q), labelled.&lt;/p&gt;&lt;p&gt;Outputs: d1, s1, l1, l1_total (L1), d2, s2, l2, l2_total (L2), z1, z2, q_score, zone, zone_label, zone_label_zh; and a summary table with the number of units and the totals per zone.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="74" />
      <source>Grain output Y (field, kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="75" />
      <source>Cultivated land area S1 (field, ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="88" />
      <source>Per-capita footprint ef (field, gha/person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="89" />
      <source>Per-capita capacity ec (field, gha/person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="118" />
      <source>Compensation zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="78" />
      <source>Food self-sufficiency rate α (fraction 0–1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="81" />
      <source>Per-capita grain consumption c (kg/person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="84" />
      <source>Ecological balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="92" />
      <source>Weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="105" />
      <source>Accept an AHP matrix with consistency ratio CR &gt; 0.1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="107" />
      <source>Balance band Δ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="110" />
      <source>Δ (score units, ≥ 0; [FJ] used 0.2296)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="113" />
      <source>κ for the automatic Δ = κ · σ(Q) (dimensionless)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="116" />
      <source>Standard deviation for the z-scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="120" />
      <source>Zone summary (units and totals per zone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="100" />
      <source>AHP pairwise matrix (Saaty 1–9; row = food security, ecological security)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="85" />
      <source>From footprint fields ef and ec (gha/person, ecocomp:footprint)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="86" />
      <source>Computed here with the Fujian 2017 [FJ] settings and the production table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="93" />
      <source>Typed w1, w2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="93" />
      <source>From the AHP pairwise matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="108" />
      <source>Typed Δ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="108" />
      <source>Automatic: Δ = κ · σ(Q)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="117" />
      <source>Sample (n − 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="117" />
      <source>Population (n)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="101" />
      <source>Food security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="processing/zoning_algorithm.py" line="101" />
      <source>Ecological security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="28" />
      <source>AHP weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="29" />
      <source>How much more important is the row criterion than the column criterion? Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important (1/3 … 1/9: less). Weights are the principal eigenvector; a consistency ratio CR above 0.1 is refused by ecocomp:dualzoning unless accepted explicitly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="38" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="38" />
      <source>Weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="110" />
      <source>λmax = {:.4f}; consistency ratio CR = {:.4f} ({})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="111" />
      <source>consistent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="111" />
      <source>inconsistent: CR &gt; 0.1, revise the judgements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.py" line="47" />
      <source>Criterion {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/ahp_dialog.ui" line="0" />
      <source>Number of criteria:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="46" />
      <source>F total {:.2f} = market {:.2f} + non-market {:.2f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="54" />
      <source>Ea = (1/7) · Σ m·q·v / Σ m = {:,.2f} CNY/ha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="62" />
      <source>Σ c/p = {:.5f} ha/person; with r = 2.52 (Hubei 2017), ef = {:.5f} gha/person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="76" />
      <source>Crop table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="77" />
      <source>Main food crops of the study region: sown area m (ha), yield q (kg/ha) and national average price v (CNY/kg). Ea = (1/7) · Σ m·q·v / Σ m [XIE, HB].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="84" />
      <source>Commodity table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="85" />
      <source>Per-capita consumption c_i (kg/person) and average productivity p_i (kg/ha) of each commodity. ef = r · Σ c_i / p_i [XZ, HB, FJ].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="92" />
      <source>Ecosystem services of cultivated land with their part (market / non-market) and equivalent factor (dimensionless multiple of Ea) [XIE].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="99" />
      <source>Main functional area type → role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="100" />
      <source>Which main-functional-area types pay and which receive compensation [HB]; English or Chinese type names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="105" />
      <source>Land-cover class → land type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="106" />
      <source>Land type of each land-cover class code: cultivated, forest, grassland, wetland, water, unused, built-up, or ignore.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="118" />
      <source>empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="133" />
      <source>must not be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="135" />
      <source>must be greater than 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="81" />
      <source>Example: rice and wheat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="88" />
      <source>Hubei 2017 [HB]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="95" />
      <source>Xie 2008 [HB]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="96" />
      <source>Xie 2003 [XZ]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="103" />
      <source>Default [HB]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="109" />
      <source>CLCD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="110" />
      <source>ESA WorldCover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="129" />
      <source>not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="131" />
      <source>must be a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="232" />
      <source>the table is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="235" />
      <source>All values are valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="249" />
      <source>Import CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="249" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="262" />
      <source>Export CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="124" />
      <source>must be one of: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="234" />
      <source>Check: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.py" line="229" />
      <source>row {}, {}: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Parameter table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Preset:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Load preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Add row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Remove row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Import CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/table_editor.ui" line="0" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/wrappers.py" line="34" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/wrappers.py" line="88" />
      <source>no judgements yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/wrappers.py" line="93" />
      <source>weights {}; CR = {:.3f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/wrappers.py" line="71" />
      <source>{}: {} row(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="ui/wrappers.py" line="71" />
      <source>{}: empty</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
