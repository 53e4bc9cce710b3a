// The mock's web page: polls the public control API (/mock/v1) twice a second and draws the market, the jobs and
// the bills; the controls call the same API. Routes this mock lacks are never called (routes.json lists the ones
// it has), so an older or newer mock degrades to "not available" instead of failing requests.
(function () {
  'use strict';

  const API = '/mock/v1';
  const POLL_MS = 500;
  const MAX_SAMPLES = 2000;
  const WAITING = ['Creating', 'Queuing', 'Bidding'];
  const PREPARING = ['EnvPreparing', 'SanityChecking'];
  const RUNNING = ['Running', 'SucceededReserving', 'FailedReserving'];
  const RESTARTING = ['Restarting', 'Stopping'];
  const RELEASE_CODES = ['PreemptibleResourceReleased'];

  const state = {
    routes: new Set(),
    now: null,
    pools: [],
    jobs: null,
    billing: null,
    savings: null,
    histories: {},
    samples: {},        // pool history as sampled by this page, when the mock has no history route
    seen: {},           // job id -> [{status, t}] as this page saw them
    marks: {},          // job id -> [t] of preemptions this page saw
    preemptions: {},    // job id -> last known count
    selected: null,
    charts: {},
    lastSnapshot: null,
  };

  const $ = (id) => document.getElementById(id);

  // ---- talking to the control API -------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message || ('HTTP ' + status));
      this.status = status;
      this.code = code;
    }
  }

  function has(method, route) {
    return state.routes.has(method + ' ' + API + route);
  }

  async function call(method, path, body) {
    const init = {method: method, headers: {Accept: 'application/json'}, cache: 'no-store'};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(API + path, init);
    const text = await response.text();
    let json = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch (e) {
      json = {Message: text};
    }
    if (!response.ok) {
      throw new ApiError(response.status, json.Code, json.Message);
    }
    return json;
  }

  function optional(method, route, path) {
    return has(method, route) ? call(method, path || route) : Promise.resolve(null);
  }

  // ---- formatting -----------------------------------------------------------------------------------------

  function seconds(rfc3339) {
    return rfc3339 ? Date.parse(rfc3339) / 1000 : null;
  }

  function number(value, digits) {
    if (value === null || value === undefined) {
      return '—';
    }
    return Number(value).toFixed(digits === undefined ? 6 : digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  }

  function money(value) {
    return value === null || value === undefined ? '—' : '¥' + number(value);
  }

  function percent(value) {
    return value === null || value === undefined ? '—' : number(value, 2) + ' %';
  }

  function clockText(t) {
    return t === null ? '—' : new Date(t * 1000).toISOString().replace('.000Z', 'Z');
  }

  function duration(total) {
    const s = Math.max(0, Math.round(total));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return (h ? h + ' h ' : '') + (h || m ? m + ' min ' : '') + (s % 60) + ' s';
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? '' : value);
      }
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  function phase(status) {
    if (status === 'unknown') return 'unknown';
    if (WAITING.includes(status)) return 'waiting';
    if (PREPARING.includes(status)) return 'preparing';
    if (RUNNING.includes(status)) return 'running';
    if (RESTARTING.includes(status)) return 'restarting';
    return 'terminal';
  }

  function say(text, isError) {
    const message = $('message');
    message.textContent = text;
    message.classList.toggle('error', !!isError);
  }

  function describe(error) {
    return error instanceof ApiError ? (error.code ? error.code + ': ' : '') + error.message
      : 'The mock does not answer (' + error.message + ').';
  }

  // ---- state ----------------------------------------------------------------------------------------------

  let chain = Promise.resolve();

  /** Refreshes run one after another, so an older answer never overwrites a newer one. */
  function refreshSoon() {
    chain = chain.then(refresh).catch((error) => say(describe(error), true));
    return chain;
  }

  async function refresh() {
    const [clock, pools, jobs, billing, savings] = await Promise.all([
      call('GET', '/clock'),
      call('GET', '/pools'),
      optional('GET', '/jobs'),
      optional('GET', '/billing'),
      optional('GET', '/savings'),
    ]);
    const snapshot = JSON.stringify([clock, pools, jobs, billing, savings]);
    if (snapshot === state.lastSnapshot) {
      return;
    }
    state.now = seconds(clock.Now);
    state.pools = pools.Pools || [];
    state.jobs = jobs ? jobs.Jobs || [] : null;
    state.billing = billing;
    state.savings = savings ? savings.Jobs || [] : null;
    await loadHistories();
    state.lastSnapshot = snapshot;
    observeJobs();
    render();
  }

  async function loadHistories() {
    if (has('GET', '/pools/{EcsSpec}/history')) {
      const answers = await Promise.all(state.pools.map((pool) =>
        call('GET', '/pools/' + encodeURIComponent(pool.EcsSpec) + '/history')));
      state.histories = {};
      answers.forEach((answer, i) => {
        state.histories[state.pools[i].EcsSpec] = answer.Points || [];
      });
      return;
    }
    state.pools.forEach((pool) => {
      const list = state.samples[pool.EcsSpec] || (state.samples[pool.EcsSpec] = []);
      list.push({Time: new Date(state.now * 1000).toISOString(), MarketPrice: pool.MarketPrice,
        AveragePrice: pool.AveragePrice, Capacity: pool.Capacity, Allocated: pool.Allocated});
      if (list.length > MAX_SAMPLES) {
        list.shift();
      }
    });
    state.histories = state.samples;
  }

  function savingsOf(jobId) {
    return state.savings ? state.savings.find((row) => row.JobId === jobId) || null : null;
  }

  function billOf(jobId) {
    return state.billing ? (state.billing.Records || []).filter((record) => record.JobId === jobId) : [];
  }

  /** Keeps the status changes and preemptions this page sees, for the timelines and the detail. */
  function observeJobs() {
    (state.jobs || []).forEach((job) => {
      let seen = state.seen[job.JobId];
      if (!seen) {
        const submitted = seconds(job.SubmittedTime) || state.now;
        seen = state.seen[job.JobId] = [];
        if (phase(job.Status) !== 'waiting') {
          // before this page opened: waiting until the current allocation; for an ended job, unknown
          seen.push({status: phase(job.Status) === 'terminal' ? 'unknown' : 'Queuing', t: submitted, inferred: true});
        }
        const since = phase(job.Status) === 'terminal' ? seconds(job.FinishedTime)
          : phase(job.Status) === 'waiting' ? submitted : seconds(job.AllocatedTime);
        seen.push({status: job.Status, t: Math.max(submitted, since || state.now)});
      } else if (seen[seen.length - 1].status !== job.Status) {
        seen.push({status: job.Status, t: Math.max(seen[seen.length - 1].t, changedAt(job))});
        if (RELEASE_CODES.includes(job.ReasonCode) && !savingsOf(job.JobId)) {
          (state.marks[job.JobId] = state.marks[job.JobId] || []).push(changedAt(job));
        }
      }
      const row = savingsOf(job.JobId);
      if (row) {
        const before = state.preemptions[job.JobId];
        if (before !== undefined && row.Preemptions > before) {
          (state.marks[job.JobId] = state.marks[job.JobId] || []).push(changedAt(job));
        }
        state.preemptions[job.JobId] = row.Preemptions;
      }
    });
  }

  /**
   * When a job reached the status the page sees now: one clock advance can hold several changes, so the job's own
   * times are better than the time of the poll where they can tell.
   */
  function changedAt(job) {
    const p = phase(job.Status);
    const known = p === 'terminal' ? seconds(job.FinishedTime) : p === 'preparing' ? seconds(job.AllocatedTime) : null;
    return known !== null && known <= state.now ? known : state.now;
  }

  function preemptionCount(job) {
    const row = savingsOf(job.JobId);
    if (row) {
      return row.Preemptions || 0;
    }
    return (state.marks[job.JobId] || []).length || (RELEASE_CODES.includes(job.ReasonCode) ? 1 : 0);
  }

  function holds(job) {
    return (job.Roles || []).some((role) => (role.Allocated || 0) > 0);
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  function render() {
    const focused = document.activeElement && document.activeElement.id;
    $('now').textContent = clockText(state.now);
    $('now').setAttribute('datetime', clockText(state.now));
    renderTotals();
    renderPoolSelect();
    renderPools();
    renderJobs();
    renderDetail();
    if (focused && document.activeElement && document.activeElement.id !== focused && $(focused)) {
      $(focused).focus();
    }
  }

  function renderTotals() {
    $('bill-total').textContent = state.billing ? money(state.billing.Total) : 'not available in this mock';
    if (!state.savings) {
      $('ondemand-total').textContent = 'not available in this mock';
      $('savings-total').textContent = 'not available in this mock';
      return;
    }
    const spot = state.savings.reduce((sum, row) => sum + Number(row.SpotCost || 0), 0);
    const onDemand = state.savings.reduce((sum, row) => sum + Number(row.OnDemandCost || 0), 0);
    $('ondemand-total').textContent = money(onDemand);
    $('savings-total').textContent = onDemand > 0 ? percent((1 - spot / onDemand) * 100) : '—';
  }

  function renderPoolSelect() {
    const select = $('pool-select');
    const specs = state.pools.map((pool) => pool.EcsSpec);
    const current = Array.from(select.options).map((option) => option.value);
    if (specs.join('\n') !== current.join('\n')) {
      const chosen = select.value;
      select.replaceChildren(...specs.map((spec) => el('option', {value: spec, text: spec})));
      select.value = specs.includes(chosen) ? chosen : specs[0] || '';
      fillPoolForm();
    }
  }

  function fillPoolForm() {
    const pool = state.pools.find((p) => p.EcsSpec === $('pool-select').value);
    if (pool) {
      $('pool-price').value = pool.MarketPrice;
      $('pool-capacity').value = pool.Capacity;
    }
  }

  function renderPools() {
    const container = $('pools');
    const specs = new Set(state.pools.map((pool) => pool.EcsSpec));
    Array.from(container.children).forEach((card) => {
      if (!specs.has(card.dataset.pool)) {
        dropChart(card.dataset.pool);
        card.remove();
      }
    });
    state.pools.forEach((pool) => {
      let card = Array.from(container.children).find((c) => c.dataset.pool === pool.EcsSpec);
      if (!card) {
        card = el('article', {class: 'pool', 'data-pool': pool.EcsSpec, 'aria-label': 'Pool ' + pool.EcsSpec}, [
          el('h3', {}, [el('span', {class: 'spec', text: pool.EcsSpec}), el('span', {class: 'kind'}),
            el('span', {class: 'stock'})]),
          el('dl', {class: 'figures'}),
          el('div', {class: 'chart', role: 'img'}),
        ]);
        container.append(card);
      }
      card.querySelector('.kind').textContent = pool.ResourceType + ' · ' + pool.PriceMode + ' price';
      const stock = card.querySelector('.stock');
      stock.textContent = pool.SpotStockStatus;
      stock.className = 'stock ' + pool.SpotStockStatus;
      const figures = [
        ['Market price', number(pool.MarketPrice), 'MarketPrice'],
        ['Average price', number(pool.AveragePrice), 'AveragePrice'],
        ['On demand', number(pool.OnDemandPrice), 'OnDemandPrice'],
        ['Capacity', pool.Capacity, 'Capacity'],
        ['Allocated', pool.Allocated, 'Allocated'],
        ['Competing', pool.CompetingDemand, 'CompetingDemand'],
      ];
      card.querySelector('.figures').replaceChildren(...figures.map(([label, value, field]) =>
        el('div', {}, [el('dt', {text: label}), el('dd', {'data-field': field, text: String(value)})])));
      drawChart(card, pool);
    });
  }

  /** Jobs with a bid in this pool that wait for it or hold it: their bids are drawn as lines. */
  function bidders(spec) {
    return (state.jobs || []).filter((job) => phase(job.Status) !== 'terminal').flatMap((job) =>
      (job.Roles || []).filter((role) => role.EcsSpec === spec && role.EffectiveBid !== undefined
        && role.EffectiveBid !== null).map((role) => ({job: job, bid: Number(role.EffectiveBid)})));
  }

  function stepped() {
    return uPlot.paths && uPlot.paths.stepped ? uPlot.paths.stepped({align: 1}) : undefined;
  }

  function chartData(pool, bids) {
    const points = (state.histories[pool.EcsSpec] || []).filter((p) => seconds(p.Time) <= state.now);
    const xs = points.map((p) => seconds(p.Time));
    const rows = points.slice();
    if (!xs.length || xs[xs.length - 1] < state.now) {
      xs.push(state.now);
      rows.push(pool);
    }
    const column = (field) => rows.map((row) => (row[field] === undefined ? null : Number(row[field])));
    return [xs, column('MarketPrice'), column('AveragePrice'), column('Capacity'), column('Allocated')]
      .concat(bids.map((b) => xs.map(() => b.bid)));
  }

  function drawChart(card, pool) {
    const box = card.querySelector('.chart');
    const bids = bidders(pool.EcsSpec);
    const data = chartData(pool, bids);
    const signature = bids.map((b) => b.job.JobId + '@' + b.bid).join(',');
    box.setAttribute('aria-label', 'Price history of ' + pool.EcsSpec + ': market ' + number(pool.MarketPrice)
      + ' CNY per minute, ' + pool.Allocated + ' of ' + pool.Capacity + ' instances allocated, '
      + bids.length + ' bids');
    const existing = state.charts[pool.EcsSpec];
    if (existing && existing.signature === signature) {
      existing.plot.setData(data);
      return;
    }
    dropChart(pool.EcsSpec);
    const palette = ['#0b7285', '#9c36b5', '#e67700', '#2b8a3e', '#c2255c', '#364fc7'];
    const options = {
      width: Math.max(200, box.clientWidth || 360),
      height: 180,
      scales: {
        // at least ten minutes of history, and a little room after now for the cursor
        x: {time: true, range: (u, min, max) => {
          const from = Math.min(min, state.now - 600);
          return [from, state.now + (state.now - from) * 0.03];
        }},
        n: {range: (u, min, max) => [0, Math.max(1, max) * 1.1]},
      },
      legend: {live: false},
      axes: [
        {space: 70},
        {label: 'CNY/min', size: 64, values: (u, splits) => splits.map((v) => (v === null ? '' : number(v)))},
        {scale: 'n', side: 1, label: 'instances', grid: {show: false}, size: 44},
      ],
      series: [
        {},
        {label: 'Market', stroke: '#1f6feb', width: 2, paths: stepped()},
        {label: 'Average', stroke: '#74a7f7', width: 1, paths: stepped()},
        {label: 'Capacity', scale: 'n', stroke: '#adb5bd', width: 1, paths: stepped()},
        {label: 'Allocated', scale: 'n', stroke: '#2f9e44', fill: 'rgba(47,158,68,0.08)', width: 1,
          paths: stepped()},
      ].concat(bids.map((b, i) => ({
        label: 'Bid ' + (b.job.DisplayName || b.job.JobId),
        stroke: palette[i % palette.length], width: 1, dash: [6, 4],
      }))),
      hooks: {draw: [drawNow]},
    };
    state.charts[pool.EcsSpec] = {plot: new uPlot(options, data, box), signature: signature};
  }

  /** The cursor at virtual now. */
  function drawNow(u) {
    const x = u.valToPos(state.now, 'x', true);
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = '#e03131';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  }

  function dropChart(spec) {
    const chart = state.charts[spec];
    if (chart) {
      chart.plot.destroy();
      delete state.charts[spec];
    }
  }

  function renderJobs() {
    const body = document.querySelector('#jobs tbody');
    $('jobs-unavailable').hidden = state.jobs !== null;
    if (state.jobs === null) {
      body.replaceChildren();
      return;
    }
    if (!state.jobs.length) {
      body.replaceChildren(el('tr', {}, [el('td', {colspan: 9, class: 'empty', text: 'No jobs yet.'})]));
      return;
    }
    const start = Math.min(...state.jobs.map((job) => seconds(job.SubmittedTime) || state.now));
    const span = Math.max(1, state.now - start);
    body.replaceChildren(...state.jobs.map((job) => jobRow(job, start, span)));
  }

  function jobRow(job, start, span) {
    const roles = job.Roles || [];
    const row = savingsOf(job.JobId);
    const preempted = preemptionCount(job);
    const status = el('td', {'data-field': 'status'}, [
      el('span', {class: 'status ' + phase(job.Status), text: job.Status}),
    ]);
    if (job.SubStatus) {
      status.append(el('span', {class: 'sub', text: ' ' + job.SubStatus}));
    }
    if (preempted > 0) {
      status.append(el('span', {class: 'badge', 'data-field': 'preempted',
        text: preempted > 1 ? 'preempted ×' + preempted : 'preempted'}));
    }
    const cost = row ? row.SpotCost : (state.billing ? billOf(job.JobId).reduce((s, r) => s + Number(r.Amount), 0)
      : null);
    const canPreempt = has('POST', '/jobs/{JobId}/preempt') && holds(job);
    return el('tr', {id: 'job-' + job.JobId, 'data-job': job.JobId,
      class: state.selected === job.JobId ? 'selected' : null}, [
      el('td', {'data-field': 'job', title: 'account ' + (job.AccountId || '—')}, [
        el('div', {text: job.DisplayName || job.JobId}),
        el('div', {class: 'sub', text: job.JobId}),
      ]),
      status,
      el('td', {'data-field': 'pool', text: unique(roles.map((r) => r.EcsSpec)).join(', ') || '—'}),
      el('td', {class: 'num', 'data-field': 'bid',
        text: unique(roles.map((r) => (r.EffectiveBid === undefined ? null : number(r.EffectiveBid)))).join(', ')
          || '—'}),
      el('td', {class: 'num', 'data-field': 'held',
        text: sum(roles.map((r) => r.Allocated || 0)) + ' / ' + sum(roles.map((r) => r.PodCount || 0))}),
      el('td', {class: 'num', 'data-field': 'cost', text: money(cost)}),
      el('td', {class: 'num', 'data-field': 'saved',
        text: row ? percent(row.SavingsPercent) : (state.savings ? '—' : 'n/a')}),
      el('td', {class: 'timeline-col'}, [timeline(job, start, span)]),
      el('td', {}, [
        el('button', {type: 'button', id: 'preempt-' + job.JobId, 'data-action': 'preempt', 'data-job': job.JobId,
          disabled: !canPreempt, 'aria-label': 'Preempt ' + (job.DisplayName || job.JobId),
          title: has('POST', '/jobs/{JobId}/preempt') ? (canPreempt ? 'Release its instances now'
            : 'It holds no instances') : 'Preemption on request is not available in this mock',
          text: 'Preempt'}),
        ' ',
        el('button', {type: 'button', id: 'details-' + job.JobId, 'data-action': 'details', 'data-job': job.JobId,
          'aria-controls': 'detail', 'aria-expanded': String(state.selected === job.JobId),
          'aria-label': 'Details of ' + (job.DisplayName || job.JobId), text: 'Details'}),
      ]),
    ]);
  }

  function timeline(job, start, span) {
    const seen = state.seen[job.JobId] || [];
    const bar = el('div', {class: 'timeline', role: 'img',
      'aria-label': 'Timeline: ' + seen.map((s) => s.status).join(', then ')});
    seen.forEach((entry, i) => {
      const from = entry.t;
      const to = i + 1 < seen.length ? seen[i + 1].t : state.now;
      const left = ((from - start) / span) * 100;
      const width = Math.max(0.5, ((to - from) / span) * 100);
      bar.append(el('div', {class: 'seg ' + phase(entry.status), title: entry.status + ' from ' + clockText(from),
        style: 'left:' + left.toFixed(2) + '%;width:' + Math.min(width, 100 - left).toFixed(2) + '%'}));
    });
    (state.marks[job.JobId] || []).forEach((t) => {
      bar.append(el('span', {class: 'mark', title: 'preempted at ' + clockText(t), text: '⚡',
        style: 'left:' + (((t - start) / span) * 100).toFixed(2) + '%'}));
    });
    return bar;
  }

  function unique(values) {
    return Array.from(new Set(values.filter((v) => v !== null && v !== undefined)));
  }

  function sum(values) {
    return values.reduce((a, b) => a + b, 0);
  }

  function renderDetail() {
    const panel = $('detail');
    const job = (state.jobs || []).find((j) => j.JobId === state.selected);
    panel.hidden = !job;
    if (!job) {
      return;
    }
    $('detail-title').textContent = 'Job ' + (job.DisplayName || '') + ' ' + job.JobId;
    const facts = [
      ['Account', job.AccountId], ['Status', job.Status], ['Sub-status', job.SubStatus],
      ['Reason', job.ReasonCode], ['Priority', job.Priority], ['Resource type', job.ResourceType],
      ['Restarts', job.RestartTimes], ['Submitted', job.SubmittedTime], ['Allocated', job.AllocatedTime],
      ['Protected until', job.ProtectedUntil], ['Release at', job.ReleaseAt], ['Finished', job.FinishedTime],
    ].filter(([, value]) => value !== undefined && value !== null);
    const row = savingsOf(job.JobId);
    const lines = billOf(job.JobId);
    const parts = [
      el('dl', {}, facts.flatMap(([k, v]) => [el('dt', {text: k}), el('dd', {text: String(v)})])),
      el('h3', {text: 'Roles'}),
      table(['Type', 'Pods', 'Pool', 'Bid (CNY/min)', 'Allocated'], (job.Roles || []).map((r) =>
        [r.Type, r.PodCount, r.EcsSpec || '—', r.EffectiveBid === undefined ? '—' : number(r.EffectiveBid),
          r.Allocated])),
      el('h3', {text: 'Status history (as this page saw it)'}),
      table(['From', 'Status'], (state.seen[job.JobId] || []).map((s) =>
        [clockText(s.t) + (s.inferred ? ' (submitted)' : ''), s.status])),
      el('h3', {text: 'Savings against on-demand'}),
      row ? el('dl', {id: 'detail-savings'}, [
        ['Spot cost', money(row.SpotCost), 'SpotCost'], ['On-demand cost', money(row.OnDemandCost), 'OnDemandCost'],
        ['Saved', percent(row.SavingsPercent), 'SavingsPercent'], ['Held', duration(row.HeldSeconds), 'HeldSeconds'],
        ['Waiting', duration(row.WaitingSeconds), 'WaitingSeconds'],
        ['Preemptions', String(row.Preemptions), 'Preemptions'],
      ].flatMap(([k, v, field]) => [el('dt', {text: k}), el('dd', {'data-field': field, text: v})]))
        : el('p', {class: 'unavailable', text: state.savings ? 'No savings yet.'
          : 'The savings report (GET /mock/v1/savings) is not available in this mock.'}),
      el('h3', {text: 'Bill lines'}),
      state.billing ? table(['Instance', 'Pool', 'From', 'To', 'CNY/min', 'Amount'], lines.map((r) =>
        [r.InstanceId, r.EcsSpec, r.StartTime, r.EndTime || 'open', number(r.Price), money(r.Amount)]), 'detail-bill')
        : el('p', {class: 'unavailable', text: 'Billing is not available in this mock.'}),
      el('p', {class: 'legend', text: 'Events and pods come from the DLC API (GetJobEvents, GetJob), which '
        + 'needs signed requests of the job\'s account; this page uses the unsigned control API only.'}),
    ];
    $('detail-body').replaceChildren(...parts);
  }

  function table(headers, rows, id) {
    return el('table', {id: id}, [
      el('thead', {}, [el('tr', {}, headers.map((h) => el('th', {scope: 'col', text: h})))]),
      el('tbody', {}, rows.length ? rows.map((cells) => el('tr', {}, cells.map((c) =>
        el('td', {text: String(c)})))) : [el('tr', {}, [el('td', {colspan: headers.length, text: 'None.'})])]),
    ]);
  }

  // ---- controls -------------------------------------------------------------------------------------------

  async function act(description, action) {
    say(description + '…');
    try {
      const text = await action();
      say(text);
    } catch (error) {
      say(describe(error), true);
    }
    await refreshSoon();
  }

  function advance(secondsToAdvance) {
    return act('Advancing ' + duration(secondsToAdvance), async () => {
      const answer = await call('POST', '/clock/advance', {Seconds: secondsToAdvance});
      return 'Advanced ' + duration(secondsToAdvance) + ' to ' + answer.Now + '.';
    });
  }

  function changePool(change, description) {
    const spec = $('pool-select').value;
    if (!spec) {
      say('Choose a pool first.', true);
      return Promise.resolve();
    }
    return act(description + ' on ' + spec, async () => {
      const pool = await call('PUT', '/pools/' + encodeURIComponent(spec), change);
      return spec + ': market price ' + number(pool.MarketPrice) + ', capacity ' + pool.Capacity + ', '
        + pool.Allocated + ' allocated, ' + pool.PriceMode + ' price.';
    });
  }

  function wireControls() {
    document.querySelectorAll('button[data-seconds]').forEach((button) => {
      button.addEventListener('click', () => advance(Number(button.dataset.seconds)));
    });
    $('advance-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const minutes = Number($('advance-minutes').value);
      if (!(minutes >= 0)) {
        say('Minutes: give a number of minutes, zero or more.', true);
        return;
      }
      advance(minutes * 60);
    });
    $('pool-select').addEventListener('change', fillPoolForm);
    $('price-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const price = $('pool-price').value.trim();
      if (!(Number(price) > 0)) {
        say('Market price: give a price above 0 in CNY per minute.', true);
        return;
      }
      changePool({MarketPrice: Number(price)}, 'Setting the market price');
    });
    $('capacity-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const capacity = Number($('pool-capacity').value);
      if (!Number.isInteger(capacity) || capacity < 0) {
        say('Capacity: give a whole number of instances, zero or more.', true);
        return;
      }
      changePool({Capacity: capacity}, 'Setting the capacity');
    });
    $('price-auto').addEventListener('click', () => changePool({PriceMode: 'Auto'}, 'Letting the price move'));
    $('reset').addEventListener('click', () => act('Resetting', async () => {
      const answer = await call('POST', '/reset');
      Object.assign(state, {seen: {}, marks: {}, preemptions: {}, samples: {}, selected: null});
      return 'Reset: no jobs, default pools; the clock stays at ' + answer.Now + '.';
    }));
    document.querySelector('#jobs tbody').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (!button) {
        return;
      }
      const jobId = button.dataset.job;
      if (button.dataset.action === 'details') {
        state.selected = state.selected === jobId ? null : jobId;
        render();
        return;
      }
      act('Preempting ' + jobId, async () => {
        const answer = await call('POST', '/jobs/' + encodeURIComponent(jobId) + '/preempt', {});
        return 'Preempted ' + answer.JobId + ' (' + answer.Cause + ')'
          + (answer.ReleaseAt ? ', released at ' + answer.ReleaseAt : '') + '.';
      });
    });
    window.addEventListener('resize', () => {
      Object.entries(state.charts).forEach(([spec, chart]) => {
        const card = Array.from($('pools').children).find((c) => c.dataset.pool === spec);
        if (card) {
          chart.plot.setSize({width: Math.max(200, card.querySelector('.chart').clientWidth), height: 180});
        }
      });
    });
  }

  async function poll() {
    await refreshSoon();
    setTimeout(poll, POLL_MS);
  }

  async function start() {
    wireControls();
    try {
      const answer = await (await fetch('routes.json', {cache: 'no-store'})).json();
      state.routes = new Set(answer.Routes || []);
    } catch (error) {
      say('Cannot read the list of control routes: ' + error.message, true);
    }
    poll();
  }

  start();
}());
