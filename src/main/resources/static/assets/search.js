/*
 * Suggestions while typing in the search page's box: titles, tags and authors from
 * /api/search/suggest, as links under the box. The page works the same without this script.
 */
(function () {
  'use strict';

  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.id = 'search-suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-autocomplete', 'list');

  var pending = null;
  var latest = '';
  var chosen = -1;

  function clear() {
    list.hidden = true;
    list.textContent = '';
    chosen = -1;
  }

  function show(suggestions) {
    list.textContent = '';
    chosen = -1;
    suggestions.forEach(function (suggestion) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = suggestion.path;
      link.setAttribute('role', 'option');
      link.textContent = suggestion.text;
      var kind = document.createElement('span');
      kind.className = 'suggestions__kind';
      kind.textContent = suggestion.kind;
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
  }

  function ask() {
    var text = input.value.trim();
    latest = text;
    if (text.length < 2) {
      clear();
      return;
    }
    fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), {headers: {'Accept': 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (suggestions) {
        if (text === latest) {
          show(suggestions);
        }
      })
      .catch(clear);
  }

  input.addEventListener('input', function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (event) {
    var links = list.querySelectorAll('a');
    if (list.hidden || links.length === 0) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      chosen = (chosen + (event.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length;
      links.forEach(function (link, i) {
        link.setAttribute('aria-selected', i === chosen ? 'true' : 'false');
      });
    } else if (event.key === 'Enter' && chosen >= 0) {
      event.preventDefault();
      window.location.href = links[chosen].href;
    } else if (event.key === 'Escape') {
      clear();
    }
  });
  document.addEventListener('click', function (event) {
    if (event.target !== input && !list.contains(event.target)) {
      clear();
    }
  });
})();
