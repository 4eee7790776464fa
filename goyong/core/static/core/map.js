/* National jurisdiction map: ECharts choropleth of 시군구 (coloured by covering office) or 시도. */
(function () {
  "use strict";
  var el = document.getElementById("gy-map");
  if (!el || !window.echarts) { return; }
  var status = document.getElementById("gy-map-status");
  var d = el.dataset;
  var palette = ["#256ef4", "#e0791f", "#228738", "#8a3ffc", "#d63a6e", "#0a8a8a", "#9e6a03",
    "#4c5fd5", "#b23b3b", "#5c7f1a", "#c25a00", "#1f6f9f", "#7d4bbd", "#a0522d"];
  var chart = echarts.init(el, null, { renderer: "canvas" });
  var geo = {}, labels = {}, data = null, level = "sigungu";

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + " " + r.status); }
      return r.json();
    });
  }
  function register(name, gj) {
    // Region names repeat across 시도 (중구), so features are keyed by KOSTAT code.
    gj.features.forEach(function (f) {
      var p = f.properties;
      labels[p.kostat_code] = p.name;
      p.name = p.kostat_code;
    });
    echarts.registerMap(name, gj);
    geo[name] = gj;
  }
  function officeColour(code) {
    var codes = Object.keys(data.offices).sort();
    return palette[codes.indexOf(code) % palette.length];
  }
  function seriesData() {
    if (level === "sigungu") {
      return geo.sigungu.features.map(function (f) {
        var code = f.properties.kostat_code, info = data.sigungu[code];
        return { name: code, info: info || null,
          itemStyle: { areaColor: info ? officeColour(info.office_code) : "#d9d9d9" } };
      });
    }
    return geo.sido.features.map(function (f) {
      var prefix = String(f.properties.kostat_code).slice(0, 2), offices = {};
      Object.keys(data.sigungu).forEach(function (k) {
        if (k.slice(0, 2) === prefix) { offices[data.sigungu[k].office_code] = data.sigungu[k].office; }
      });
      var n = Object.keys(offices).length;
      return { name: f.properties.kostat_code, value: n, offices: offices };
    });
  }
  function render() {
    var sido = level === "sido", items = seriesData(), most = 1;
    if (sido) { items.forEach(function (x) { most = Math.max(most, x.value); }); }
    chart.setOption({
      aria: { enabled: true },
      tooltip: {
        trigger: "item",
        formatter: function (p) {
          var name = esc(labels[p.name] || p.name), x = p.data || {};
          if (sido) {
            var names = Object.keys(x.offices || {}).map(function (k) { return esc(x.offices[k]); });
            return "<strong>" + name + "</strong><br>" + esc(d.labelOffices) + ": " + names.length +
              (names.length ? "<br>" + names.join(", ") : "");
          }
          return "<strong>" + name + "</strong><br>" + esc(d.labelOffice) + ": " +
            (x.info ? esc(x.info.office) : esc(d.labelNone));
        }
      },
      visualMap: sido ? { type: "continuous", min: 0, max: most, left: 8, bottom: 8,
        calculable: false, inRange: { color: ["#eef2fe", "#0b50d0"] },
        text: [d.labelOffices + " " + most, "0"] } : undefined,
      series: [{
        type: "map", map: level, roam: true, nameProperty: "name",
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#ffd43b" } },
        select: { disabled: true },
        itemStyle: { borderColor: "#ffffff", borderWidth: 0.5 },
        data: items
      }]
    }, true);
  }
  chart.on("click", function (p) {
    var x = p.data || {};
    if (level === "sigungu" && x.info) {
      window.location.href = d.officeUrl.replace("__code__", encodeURIComponent(x.info.office_code)) + "?date=" + d.date;
    } else if (level === "sido") {
      window.location.href = d.officesUrl + "?date=" + d.date;
    }
  });
  document.querySelectorAll('input[name="map-level"]').forEach(function (input) {
    input.addEventListener("change", function () { level = input.value; render(); });
  });
  window.addEventListener("resize", function () { chart.resize(); });

  chart.showLoading();
  Promise.all([getJSON(d.dataUrl), getJSON(d.sigunguUrl), getJSON(d.sidoUrl)]).then(function (r) {
    data = r[0]; register("sigungu", r[1]); register("sido", r[2]);
    chart.hideLoading(); render();
  }).catch(function () {
    chart.hideLoading();
    if (status) { status.textContent = d.labelError; }
  });
})();
