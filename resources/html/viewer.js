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
  var MIN_SCALE = 0.05, MAX_SCALE = 6, STEP = 1.25, PAN = 60;
  // As the app opens a map (canvas/view.py): card titles at least READABLE_PX high, the
  // stages' width across the window when that is larger, but no larger than MAX_OPEN.
  var READABLE_PX = 11, MAX_OPEN = 1.5;
  // The kept names' size in pixels (canvas/frozen_headers.py): readable, never a
  // banner; the lane strip is COLUMN_EMS of it wide, the stage strip BAND_EMS high for
  // one line of LINE ems (a name's cell has CELL_PADDING across, EDGES down). Zoomed
  // out, the lane strip still holds whole a word up to headers.word ems (which the page
  // leaves without soft hyphens); a longer one breaks at its soft hyphens, put where the
  // map's language hyphenates; no strip is narrower than the widest piece between two
  // of them, nor wider than MAX_SHARE of the window.
  var MIN_PX = 11, MAX_PX = 28, COLUMN_EMS = 8, BAND_EMS = 1.8, LINE = 1.15;
  var CELL_PADDING = 16, EDGES = 6, MAX_SHARE = 0.45, SOFT_HYPHEN = '\u00ad';
  var shown = null;  // the journey on screen: {index, svg, scale, x, y, mode, ...}
  var opened = null;  // the card whose fields the panel shows

  function state(index) {
    var section = sections[index], svg = section.querySelector('svg.map');
    // mode: how the map follows the window ('readable', 'whole'), or the reader's own
    // zoom and place (null).
    var found = {index: index, svg: svg, view: svg.querySelector('g.view'), scale: 1,
                 x: 0, y: 0, mode: null, headers: data.journeys[index].headers,
                 width: parseFloat(svg.dataset.width), height: parseFloat(svg.dataset.height),
                 margin: parseFloat(svg.dataset.margin), font: parseFloat(svg.dataset.font)};
    found.strips = strips(section.querySelector('.frozen'), found.headers);
    return found;
  }

  // --- names kept in sight --------------------------------------------------------------
  // When the map is moved so that its header row or lane header column is cut off, the
  // names are written along the top and left edge, each over the part of its stage or
  // lane that is on screen (HTML over the map: the text wraps in its strip).
  function strips(frozen, headers) {
    frozen.textContent = '';
    function strip(kind, names) {
      var box = document.createElement('div');
      box.className = kind;
      var cells = names.map(function (header) {
        var cell = document.createElement('div'), label = document.createElement('span');
        cell.className = 'name';
        label.className = 'label';  // as many lines as its cell holds, then an ellipsis
        label.textContent = header[0];
        cell.appendChild(label);
        cell.style.backgroundColor = header[3];
        cell.style.color = header[4];
        cell.style.borderColor = headers.line;
        box.appendChild(cell);
        return cell;
      });
      frozen.appendChild(box);
      return {box: box, cells: cells};
    }
    var corner = document.createElement('div');
    var found = {stages: strip('stages', headers.stages), lanes: strip('lanes', headers.lanes),
                 corner: corner};
    corner.className = 'corner';
    frozen.appendChild(corner);
    return found;
  }

  // Sets a box's place in pixels; a box with nothing to show is hidden.
  function put(element, left, top, width, height) {
    element.hidden = !(width > 0.5 && height > 0.5);
    if (element.hidden) { return; }
    element.style.left = left + 'px';
    element.style.top = top + 'px';
    element.style.width = width + 'px';
    element.style.height = height + 'px';
  }

  // The kept names' size, and the strips' size (px) while both are kept: the lane
  // strip's width, and the stage strip's height, two lines when a stage name does not
  // fit its stage's width on one; with them the names' measures (measured()).
  function names(box) {
    var s = shown.scale, headers = shown.headers, ems = measured(headers);
    var px = Math.round(Math.min(MAX_PX, Math.max(MIN_PX, headers.font * s)));
    var word = px * ems.word + CELL_PADDING, piece = px * ems.piece + CELL_PADDING;
    // Wide enough for the longest word of a lane's name ('Arrangementer' is not cut),
    // never wider than the map draws its own lane headers...
    var wanted = Math.min(headers.column * s, Math.max(px * COLUMN_EMS, word));
    // ...but zoomed out, where those narrow, whole words up to headers.word ems and
    // every piece between two soft hyphens.
    var least = Math.max(Math.min(word, px * headers.word + CELL_PADDING), piece);
    var column = Math.max(wanted, Math.min(least, box.width * MAX_SHARE));
    var lines = ems.stages.some(function (widths, i) {
      return px * widths[0] + CELL_PADDING > headers.stages[i][2] * s;
    }) ? 2 : 1;
    return {px: px, column: column, band: px * (BAND_EMS + (lines - 1) * LINE), ems: ems};
  }

  // The lane names' longest word and widest piece between soft hyphens, and each stage
  // name's width and widest piece, in ems of the bold names' font; measured once the
  // page's font is loaded.
  function measured(headers) {
    if (headers.ems === undefined && document.fonts.status === 'loaded') {
      var context = document.createElement('canvas').getContext('2d');
      context.font = 'bold 100px ' + getComputedStyle(document.body).fontFamily;
      var ems = function (text) { return context.measureText(text).width / 100; };
      var found = {word: 0, piece: 0, stages: headers.stages.map(function (header) {
        return [ems(whole(header[0])), widestPiece(header[0], ems)];
      })};
      headers.lanes.forEach(function (header) {
        header[0].split(/\s+/).forEach(function (word) {
          found.word = Math.max(found.word, ems(whole(word)));
        });
        found.piece = Math.max(found.piece, widestPiece(header[0], ems));
      });
      headers.ems = found;
    }
    return headers.ems || {word: 0, piece: 0, stages: []};
  }

  function whole(text) { return text.split(SOFT_HYPHEN).join(''); }

  // The widest piece of `text` a line may hold alone: between spaces and soft hyphens (a
  // piece that ends at one with the hyphen drawn there), or after a hyphen of the name
  // itself ('E-|mail').
  function widestPiece(text, ems) {
    var widest = 0;
    text.split(/\s+/).forEach(function (word) {
      word.split(SOFT_HYPHEN).forEach(function (piece, i, pieces) {
        var drawn = piece + (i < pieces.length - 1 ? '\u2010' : '');
        // Split after each hyphen without a lookbehind, which Safari before 16.4 cannot
        // parse: a syntax error would stop the whole page.
        drawn.replace(/-/g, '-\n').split('\n').forEach(function (part) {
          widest = Math.max(widest, ems(part));
        });
      });
    });
    return widest;
  }

  // How many lines of the kept names a cell `height` px high shows whole.
  function linesIn(height, px) {
    return Math.max(1, Math.floor((height - EDGES) / (px * LINE) + 0.01));
  }

  function keep() {
    var s = shown.scale, m = shown.margin, headers = shown.headers, kept = shown.strips;
    var box = shown.svg.getBoundingClientRect(), size = names(box);
    // Where the map's own headers are on screen: cut as soon as a part is off the edge.
    var stagesCut = headers.stages.length > 0 && shown.y + m * s < -0.5;
    var lanesCut = headers.lanes.length > 0 && shown.x + m * s < -0.5;
    // A strip covers what is left of the map's own headers: no half name beside it.
    var bottom = shown.y + (m + headers.band) * s, right = shown.x + (m + headers.column) * s;
    var band = stagesCut ? Math.max(size.band, bottom) : 0;
    var column = lanesCut ? Math.max(size.column, right) : 0;
    kept.stages.box.hidden = !stagesCut;
    kept.lanes.box.hidden = !lanesCut;
    headers.stages.forEach(function (header, i) {
      var left = Math.max(shown.x + header[1] * s, column);
      var right = Math.min(shown.x + (header[1] + header[2]) * s, box.width);
      put(kept.stages.cells[i], left, 0, right - left, band);
      // A stage cut so narrow by an edge that a piece of its name would not fit: its
      // name on one line, elided, rather than broken between letters.
      var label = kept.stages.cells[i].firstChild;
      var narrow = right - left < size.px * (size.ems.stages[i] || [0, 0])[1] + CELL_PADDING;
      label.classList.toggle('single', narrow);
      label.style.webkitLineClamp = narrow ? 1 : linesIn(band, size.px);
    });
    headers.lanes.forEach(function (header, i) {
      var top = Math.max(shown.y + header[1] * s, band);
      var bottom = Math.min(shown.y + (header[1] + header[2]) * s, box.height);
      put(kept.lanes.cells[i], 0, top, column, bottom - top);
      var label = kept.lanes.cells[i].firstChild;
      // A lane passing under the stage strip: its colour, but no sliver of half letters.
      label.hidden = top > shown.y + header[1] * s && bottom - top < size.px * LINE + EDGES;
      label.style.webkitLineClamp = linesIn(bottom - top, size.px);
    });
    [kept.stages.box, kept.lanes.box].forEach(function (strip) {
      strip.style.fontSize = size.px + 'px';
    });
    // Above the lane names and left of the stage names: nothing of the map shows there.
    var cornered = lanesCut || stagesCut;
    put(kept.corner, 0, 0, cornered ? (lanesCut ? column : right) : 0,
        stagesCut ? band : bottom);
  }

  // The map never leaves the window: a map larger than it stops at its edges, a
  // smaller one stays wholly inside it.
  function clamp() {
    var box = shown.svg.getBoundingClientRect();
    if (!box.width || !box.height) { return; }
    var spareX = box.width - shown.width * shown.scale;
    var spareY = box.height - shown.height * shown.scale;
    shown.x = Math.min(Math.max(shown.x, Math.min(0, spareX)), Math.max(0, spareX));
    shown.y = Math.min(Math.max(shown.y, Math.min(0, spareY)), Math.max(0, spareY));
  }

  function apply() {
    clamp();
    shown.view.setAttribute('transform',
      'translate(' + shown.x + ' ' + shown.y + ') scale(' + shown.scale + ')');
    keep();
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

  // Keeps a card reached with Tab on screen, below and right of the names kept in
  // sight (so its stage and lane are named): the map moves, the page does not scroll.
  function reveal(card) {
    var box = shown.svg.getBoundingClientRect(), rect = card.getBoundingClientRect();
    var size = names(box), margin = 12, dx = 0, dy = 0;
    // Once moved, the strips are at least this large; the map's own headers, wherever
    // they are, lie above and left of every card.
    var left = box.left + (shown.headers.lanes.length ? size.column : 0) + margin;
    var top = box.top + (shown.headers.stages.length ? size.band : 0) + margin;
    if (rect.left < left) { dx = left - rect.left; }
    else if (rect.right > box.right - margin) { dx = box.right - margin - rect.right; }
    if (rect.top < top) { dy = top - rect.top; }
    else if (rect.bottom > box.bottom - margin) { dy = box.bottom - margin - rect.bottom; }
    if (dx || dy) { pan(dx, dy); }
  }

  // --- pointer: drag pans, a click without a drag opens the card under it ---------
  var drag = null;
  sections.forEach(function (section) {
    // On the map's area, so that the names kept over it pan and zoom it too.
    var svg = section.querySelector('svg.map'), area = section.querySelector('.viewport');
    area.addEventListener('wheel', function (event) {
      event.preventDefault();
      var box = svg.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    }, {passive: false});
    area.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) { return; }
      drag = {x: event.clientX, y: event.clientY, moved: false, id: event.pointerId};
    });
    area.addEventListener('pointermove', function (event) {
      if (!drag || drag.id !== event.pointerId) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!drag.moved) { area.setPointerCapture(event.pointerId); area.classList.add('dragging'); }
      drag.moved = true;
      drag.x = event.clientX; drag.y = event.clientY;
      pan(dx, dy);
    });
    function endDrag(event) {
      if (!drag || drag.id !== event.pointerId) { return; }
      area.classList.remove('dragging');
      // A drag that started on a card must not open it when the button is let go.
      if (drag.moved) { area.addEventListener('click', swallow, {capture: true, once: true}); }
      drag = null;
    }
    area.addEventListener('pointerup', endDrag);
    area.addEventListener('pointercancel', endDrag);
    area.addEventListener('click', function (event) {
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
  // The lane strip's width depends on the names' font: once it is there, measure again.
  document.fonts.ready.then(function () { if (shown) { apply(); } });
}());
