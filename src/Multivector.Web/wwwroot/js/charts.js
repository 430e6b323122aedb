// Draws every <figure class="chart"> from the tidy table in its JSON island, with ECharts (served locally).
// Legends are HTML buttons, so they work from the keyboard and with screen readers; the data table below each
// chart and its CSV link carry the same rows.
(function () {
  'use strict';
  const palette = ['#0b57d0', '#c5221f', '#188038', '#b06000', '#7b1fa2', '#00838f', '#5f6368', '#d01884'];
  const votes = ['yes', 'no', 'abstain', 'absent', 'non-member'];
  const voteColours = ['#2e7d32', '#c62828', '#f9a825', '#9e9e9e', '#eeeeee'];

  function distinct(values) { return [...new Set(values)]; }

  function line(spec) {
    const hasBand = spec.columns.length >= 5;
    const xs = distinct(spec.rows.map(r => r[0])).sort((a, b) => a - b);
    const names = distinct(spec.rows.map(r => r[1]));
    const series = [];
    names.forEach((name, i) => {
      const colour = palette[i % palette.length];
      const byX = new Map(spec.rows.filter(r => r[1] === name).map(r => [r[0], r]));
      const at = (x, k) => (byX.has(x) && byX.get(x)[k] !== null ? byX.get(x)[k] : null);
      if (hasBand) {
        series.push({ id: name + '-low', name, type: 'line', stack: name + '-band', symbol: 'none', silent: true,
          lineStyle: { opacity: 0 }, data: xs.map(x => [x, at(x, 3)]), tooltip: { show: false } });
        series.push({ id: name + '-band', name, type: 'line', stack: name + '-band', symbol: 'none', silent: true,
          lineStyle: { opacity: 0 }, areaStyle: { color: colour, opacity: 0.15 },
          data: xs.map(x => [x, at(x, 3) === null || at(x, 4) === null ? null : at(x, 4) - at(x, 3)]) });
      }
      series.push({ id: name, name, type: 'line', symbolSize: 4, color: colour, connectNulls: false, data: xs.map(x => [x, at(x, 2)]) });
    });
    return {
      color: palette,
      tooltip: { trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? '–' : Number(v).toFixed(3)),
        formatter: params => {
          const shown = params.filter(p => !String(p.seriesId).match(/-(low|band)$/) && p.value[1] !== null);
          return shown.length === 0 ? '' : `${params[0].value[0]}<br>` + shown.map(p => `${p.marker}${p.seriesName}: ${Number(p.value[1]).toFixed(3)}`).join('<br>');
        } },
      legend: { show: false },
      grid: { left: 50, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', name: spec.columns[0], nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: v => String(v) } },
      yAxis: { type: 'value', name: spec.yName || spec.columns[2], scale: true },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 4 }],
      series,
      names,
    };
  }

  function bar(spec) {
    const categories = distinct(spec.rows.map(r => r[0]));
    const names = distinct(spec.rows.map(r => r[1]));
    return {
      color: palette,
      tooltip: { trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? '–' : Number(v).toFixed(3)) },
      legend: { show: false },
      grid: { left: 50, right: 16, top: 16, bottom: 60 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: spec.yName || spec.columns[2] },
      series: names.map(name => ({ name, type: 'bar', data: categories.map(c => { const r = spec.rows.find(x => x[0] === c && x[1] === name); return r ? r[2] : null; }) })),
      names,
    };
  }

  function strip(spec) {
    const calls = distinct(spec.rows.map(r => r[0]));
    const states = distinct(spec.rows.map(r => r[1]));
    return {
      tooltip: { trigger: 'item', formatter: p => `${calls[p.value[0]]}<br>${states[p.value[1]]}: ${votes[p.value[2]]}` },
      grid: { left: 50, right: 16, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: calls, axisLabel: { show: false }, name: 'roll calls, oldest first', nameLocation: 'middle', nameGap: 8 },
      yAxis: { type: 'category', data: states },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 4, dimension: 2,
        pieces: votes.map((v, i) => ({ value: i, label: v, color: voteColours[i] })) },
      dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
      series: [{ type: 'heatmap', data: spec.rows.map(r => [calls.indexOf(r[0]), states.indexOf(r[1]), votes.indexOf(r[2])]) }],
      names: [],
    };
  }

  function events(spec) {
    const formats = distinct(spec.rows.map(r => r[1]));
    return {
      color: palette,
      tooltip: { trigger: 'item', formatter: p => `${p.value[0]}<br>${p.value[2]}` },
      legend: { show: false },
      grid: { left: 110, right: 16, top: 10, bottom: 50 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: formats },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 4 }],
      series: formats.map(f => ({ name: f, type: 'scatter', symbolSize: 9, data: spec.rows.filter(r => r[1] === f).map(r => [r[0], f, r[2]]) })),
      names: formats,
    };
  }

  const kinds = { line, bar, strip, events };

  function legend(figure, chart, names, option) {
    if (names.length < 2) return;
    const box = document.createElement('div');
    box.className = 'chart-legend';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Show or hide series');
    names.forEach((name, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'true');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = option.color ? option.color[i % option.color.length] : palette[i % palette.length];
      button.append(swatch, document.createTextNode(String(name)));
      button.addEventListener('click', () => {
        chart.dispatchAction({ type: 'legendToggleSelect', name: String(name) });
        button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      });
      box.append(button);
    });
    figure.querySelector('.chart-canvas').after(box);
  }

  function draw(figure) {
    const spec = JSON.parse(figure.querySelector('script.chart-data').textContent);
    const build = kinds[spec.kind];
    if (!build || spec.rows.length === 0) { figure.dataset.ready = 'empty'; return; }
    const option = build(spec);
    const names = option.names;
    delete option.names;
    const chart = echarts.init(figure.querySelector('.chart-canvas'), null, { renderer: 'canvas' });
    chart.setOption(option);
    legend(figure, chart, names, option);
    window.addEventListener('resize', () => chart.resize());
    figure.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('figure.chart').forEach(draw));
})();
