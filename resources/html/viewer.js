// The HTML export's viewer (journey_editor/export/html_export.py): zoom, pan, a journey
// selector and the card panel. No network, no libraries; every user text reaches the
// page through textContent, never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('je-data').textContent);
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.journey'));
  var panel = document.getElementById('je-panel');
  var panelTitle = document.getElementById('je-panel-title');
  var panelFields = document.getElementById('je-panel-fields');
  var closeButton = document.getElementById('je-close');
  var selector = document.getElementById('je-journey');
  var SVG = 'http://www.w3.org/2000/svg';
  var MIN_SCALE = 0.05, MAX_SCALE = 4, STEP = 1.25, PAN = 60;
  // As the app opens a map (canvas/view.py): card titles at least READABLE_PX high, the
  // stages' width across the window when that is larger, but no larger than MAX_OPEN.
  var READABLE_PX = 11, MAX_OPEN = 1.5;
  var shown = null;  // the journey on screen: {index, svg, layers, scale, x, y, mode}
  var opened = null;  // the card whose fields the panel shows

  function state(index) {
    var svg = sections[index].querySelector('svg.map');
    var layers = {};
    ['view', 'stages', 'lanes', 'corner'].forEach(function (name) {
      layers[name] = svg.querySelector('g.' + name);
    });
    // mode: how the map follows the window ('readable', 'whole'), or the reader's own
    // zoom and place (null).
    return {index: index, svg: svg, layers: layers, scale: 1, x: 0, y: 0, mode: null,
            width: parseFloat(svg.dataset.width), height: parseFloat(svg.dataset.height),
            margin: parseFloat(svg.dataset.margin), font: parseFloat(svg.dataset.font)};
  }

  function place(layer, x, y) {
    layer.setAttribute('transform', 'translate(' + x + ' ' + y + ') scale(' + shown.scale + ')');
  }

  // The map moves; the stage headers with it but never above the top edge, the lane
  // headers never past the left edge, and their corner covers what slides under both.
  function apply() {
    var edge = -shown.margin * shown.scale, layers = shown.layers;
    var top = Math.max(shown.y, edge), left = Math.max(shown.x, edge);
    place(layers.view, shown.x, shown.y);
    place(layers.stages, shown.x, top);
    place(layers.lanes, left, shown.y);
    place(layers.corner, left, top);
  }

  // Whichever way the map fits in the window it is centred, otherwise shown from its
  // top or left edge.
  function settle(box) {
    var width = shown.width * shown.scale, height = shown.height * shown.scale;
    shown.x = width <= box.width ? (box.width - width) / 2 : 0;
    shown.y = height <= box.height ? (box.height - height) / 2 : 0;
    apply();
  }

  // The whole map in the window (the button and key 0).
  function fit() {
    var box = shown.svg.getBoundingClientRect();
    if (!box.width || !box.height) { return; }
    shown.scale = Math.min(box.width / shown.width, box.height / shown.height, MAX_SCALE);
    shown.mode = 'whole';
    settle(box);
  }

  // How a map opens: readable, from the first stage and the lane names.
  function readable() {
    var box = shown.svg.getBoundingClientRect();
    if (!box.width || !box.height) { return; }
    var across = Math.min(box.width / shown.width, MAX_OPEN);
    shown.scale = Math.max(READABLE_PX / shown.font, across);
    shown.mode = 'readable';
    settle(box);
  }

  function zoom(factor, cx, cy) {
    var box = shown.svg.getBoundingClientRect();
    if (cx === undefined) { cx = box.width / 2; cy = box.height / 2; }
    var scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, shown.scale * factor));
    shown.x = cx - (cx - shown.x) * scale / shown.scale;
    shown.y = cy - (cy - shown.y) * scale / shown.scale;
    shown.scale = scale;
    shown.mode = null;
    apply();
  }

  function pan(dx, dy) { shown.x += dx; shown.y += dy; shown.mode = null; apply(); }

  function show(index) {
    sections.forEach(function (section, i) { section.hidden = i !== index; });
    closePanel(false);
    shown = state(index);
    readable();
  }

  function openCard(card) {
    var journey = data.journeys[shown.index];
    var details = journey.cards[card.getAttribute('data-card')];
    if (!details) { return; }
    if (opened) { opened.classList.remove('selected'); }
    opened = card;
    card.classList.add('selected');
    panelTitle.textContent = details.title;
    panelFields.textContent = '';
    showPicture(details.picture);
    details.fields.forEach(function (field) {
      var term = document.createElement('dt'), value = document.createElement('dd');
      term.textContent = field[0];
      value.textContent = field[1];
      panelFields.appendChild(term);
      panelFields.appendChild(value);
    });
    panel.setAttribute('aria-label', details.title);
    panel.hidden = false;
    closeButton.focus();
  }

  // The card's picture, large: a <use> of the page's one copy of it.
  function showPicture(picture) {
    var old = panel.querySelector('svg.picture');
    if (old) { old.remove(); }
    if (!picture) { return; }
    var svg = document.createElementNS(SVG, 'svg'), use = document.createElementNS(SVG, 'use');
    svg.setAttribute('class', 'picture');
    svg.setAttribute('viewBox', '0 0 ' + picture[1] + ' ' + picture[2]);
    svg.setAttribute('aria-hidden', 'true');
    use.setAttribute('href', '#' + picture[0]);
    use.setAttribute('width', picture[1]);
    use.setAttribute('height', picture[2]);
    svg.appendChild(use);
    panelFields.parentNode.insertBefore(svg, panelFields);
  }

  function closePanel(refocus) {
    panel.hidden = true;
    if (opened) {
      opened.classList.remove('selected');
      if (refocus) { opened.focus(); }
    }
    opened = null;
  }

  // Keeps a card reached with Tab on screen, below and right of the headers that stay
  // in sight (so its stage and lane are named): the map moves, the page does not scroll.
  function reveal(card) {
    var box = shown.svg.getBoundingClientRect(), rect = card.getBoundingClientRect();
    var stages = shown.layers.stages.getBoundingClientRect();
    var lanes = shown.layers.lanes.getBoundingClientRect();
    var margin = 12, dx = 0, dy = 0;
    var left = Math.max(box.left, lanes.right) + margin;
    var top = Math.max(box.top, stages.bottom) + margin;
    if (rect.left < left) { dx = left - rect.left; }
    else if (rect.right > box.right - margin) { dx = box.right - margin - rect.right; }
    if (rect.top < top) { dy = top - rect.top; }
    else if (rect.bottom > box.bottom - margin) { dy = box.bottom - margin - rect.bottom; }
    if (dx || dy) { pan(dx, dy); }
  }

  // --- pointer: drag pans, a click without a drag opens the card under it -------------
  var drag = null;
  sections.forEach(function (section) {
    var svg = section.querySelector('svg.map');
    svg.addEventListener('wheel', function (event) {
      event.preventDefault();
      var box = svg.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    }, {passive: false});
    svg.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) { return; }
      drag = {x: event.clientX, y: event.clientY, moved: false, id: event.pointerId};
    });
    svg.addEventListener('pointermove', function (event) {
      if (!drag || drag.id !== event.pointerId) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!drag.moved) { svg.setPointerCapture(event.pointerId); svg.classList.add('dragging'); }
      drag.moved = true;
      drag.x = event.clientX; drag.y = event.clientY;
      pan(dx, dy);
    });
    function endDrag(event) {
      if (!drag || drag.id !== event.pointerId) { return; }
      svg.classList.remove('dragging');
      // A drag that started on a card must not open it when the button is let go.
      if (drag.moved) { svg.addEventListener('click', swallow, {capture: true, once: true}); }
      drag = null;
    }
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
    svg.addEventListener('click', function (event) {
      var card = event.target.closest('.card');
      if (card) { openCard(card); }
    });
    svg.addEventListener('focusin', function (event) {
      var card = event.target.closest('.card');
      if (card) { reveal(card); }
    });
    svg.addEventListener('keydown', function (event) {
      var card = event.target.closest('.card');
      if (card && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        openCard(card);
      }
    });
  });

  function swallow(event) { event.stopPropagation(); event.preventDefault(); }

  // --- keyboard and buttons -----------------------------------------------------------
  document.getElementById('je-zoom-in').addEventListener('click', function () { zoom(STEP); });
  document.getElementById('je-zoom-out').addEventListener('click', function () { zoom(1 / STEP); });
  document.getElementById('je-fit').addEventListener('click', fit);
  closeButton.addEventListener('click', function () { closePanel(true); });
  if (selector) {
    selector.addEventListener('change', function () { show(parseInt(selector.value, 10)); });
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === 'Escape' && !panel.hidden) { closePanel(true); return; }
    if (target.tagName === 'SELECT' || target.tagName === 'INPUT') { return; }
    var keys = {'+': function () { zoom(STEP); }, '=': function () { zoom(STEP); },
                '-': function () { zoom(1 / STEP); }, '0': fit,
                'ArrowLeft': function () { pan(PAN, 0); }, 'ArrowRight': function () { pan(-PAN, 0); },
                'ArrowUp': function () { pan(0, PAN); }, 'ArrowDown': function () { pan(0, -PAN); }};
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
  });
  window.addEventListener('resize', function () {
    if (shown && shown.mode === 'whole') { fit(); }
    else if (shown && shown.mode === 'readable') { readable(); }
  });

  show(0);
}());
