/*
 * The article editor: TinyMCE on the body, autosave of drafts, a warning before leaving unsaved
 * changes, and confirmation of destructive buttons. Everything the page needs is served by Iskra
 * itself; the server sanitises whatever is posted, so nothing here is a security boundary.
 */
(function () {
  'use strict';

  var AUTOSAVE_EVERY_MS = 15000;
  var form = document.getElementById('article-form');
  var csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  var csrfToken = document.querySelector('meta[name="csrf-token"]').content;

  document.querySelectorAll('form[data-confirm]').forEach(function (f) {
    f.addEventListener('submit', function (event) {
      if (!window.confirm(f.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  if (!form) {
    return;
  }

  var state = document.getElementById('autosave-state');
  var dirty = false;
  var saving = false;
  var stopped = false;
  var submitting = false;

  function markDirty() {
    dirty = true;
  }

  function say(text) {
    if (state) {
      state.textContent = text;
    }
  }

  function uploadImage(blobInfo, progress) {
    return new Promise(function (resolve, reject) {
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      var request = new XMLHttpRequest();
      request.open('POST', '/desk/media/uploads');
      request.setRequestHeader(csrfHeader, csrfToken);
      request.setRequestHeader('Accept', 'application/json');
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          progress(e.loaded / e.total * 100);
        }
      };
      request.onload = function () {
        var answer = {};
        try {
          answer = JSON.parse(request.responseText);
        } catch (ignored) {
          answer = {};
        }
        if (request.status === 201 && answer.location) {
          resolve(answer.location);
        } else {
          reject({message: answer.error || ('Upload refused (' + request.status + ')'), remove: true});
        }
      };
      request.onerror = function () {
        reject({message: 'The upload failed; check the connection.', remove: true});
      };
      request.send(data);
    });
  }

  /* The newest images of the media library, to reuse one from the image dialog's list. */
  function libraryImages(success) {
    fetch('/desk/media/library.json', {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : {items: []};
      })
      .then(function (page) {
        success(page.items.map(function (item) {
          return {title: item.alt || item.name, value: item.src};
        }));
      })
      .catch(function () {
        success([]);
      });
  }

  if (window.tinymce && form.getAttribute('data-can-edit') === 'true') {
    window.tinymce.init({
      selector: '#body',
      base_url: '/webjars/tinymce/6.8.3',
      suffix: '.min',
      promotion: false,
      branding: false,
      menubar: false,
      height: 560,
      plugins: 'lists link image media wordcount',
      toolbar: 'undo redo | blocks | bold italic | link | bullist numlist | blockquote | image media | removeformat',
      block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
      image_caption: true,
      image_dimensions: false,
      image_description: true,
      images_upload_handler: uploadImage,
      image_list: libraryImages,
      images_file_types: 'jpeg,jpg,png,gif,webp',
      automatic_uploads: true,
      media_alt_source: false,
      media_poster: false,
      relative_urls: false,
      convert_urls: false,
      link_default_protocol: 'https',
      content_css: '/assets/editor-content.css',
      setup: function (editor) {
        editor.on('input change undo redo', markDirty);
      }
    });
  }

  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  function fields() {
    if (window.tinymce && window.tinymce.get('body')) {
      window.tinymce.get('body').save();
    }
    var data = new URLSearchParams(new FormData(form));
    data.delete('action');
    return data;
  }

  function autosave() {
    if (!dirty || saving || stopped || submitting) {
      return;
    }
    if (form.getAttribute('data-status') !== 'draft') {
      return;
    }
    var data = fields();
    if (!data.get('title')) {
      return;
    }
    var url = form.getAttribute('data-autosave') || form.getAttribute('data-create');
    saving = true;
    dirty = false;
    say('Saving…');
    var headers = {'Accept': 'application/json'};
    headers[csrfHeader] = csrfToken;
    fetch(url, {method: 'POST', headers: headers, body: data, credentials: 'same-origin'})
      .then(function (response) {
        return response.json().catch(function () {
          return {};
        }).then(function (answer) {
          return {status: response.status, answer: answer};
        });
      })
      .then(function (result) {
        saving = false;
        if (result.status === 200 || result.status === 201) {
          form.querySelector('input[name="version"]').value = result.answer.version;
          if (!form.getAttribute('data-autosave')) {
            form.setAttribute('data-autosave', result.answer.autosaveUrl);
            form.setAttribute('action', result.answer.editUrl);
            window.history.replaceState(null, '', result.answer.editUrl);
          }
          say('Draft saved at ' + new Date().toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'}) + '.');
        } else if (result.status === 409) {
          stopped = true;
          dirty = true;
          say(result.answer.error || 'Someone else saved this article; autosave has stopped.');
        } else {
          dirty = true;
          say(result.answer.error ? 'Not autosaved: ' + result.answer.error : 'Not autosaved (' + result.status + ').');
        }
      })
      .catch(function () {
        saving = false;
        dirty = true;
        say('Not autosaved: the server could not be reached. Your text is still here.');
      });
  }

  window.setInterval(autosave, AUTOSAVE_EVERY_MS);
  form.iskraAutosave = autosave;
})();
