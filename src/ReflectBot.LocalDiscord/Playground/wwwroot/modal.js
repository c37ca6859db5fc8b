// A modal the bot opened (callback type 9): its labels and text inputs as a dialog, submitted back as a
// real modal submit with the same structure the bot sent.

import { escapeHtml } from './markdown.js';

const ACTION_ROW = 1;
const TEXT_INPUT = 4;
const TEXT_DISPLAY = 10;
const LABEL = 18;

function textInput(input, labelText, description) {
  const wrap = document.createElement('label');
  wrap.className = 'modal-field';
  wrap.innerHTML = `<span class="modal-label">${escapeHtml(labelText ?? input.label ?? '')}${input.required === false ? '' : ' <span class="required">*</span>'}</span>`
    + (description ? `<span class="modal-description">${escapeHtml(description)}</span>` : '');
  const field = document.createElement(input.style === 2 ? 'textarea' : 'input');
  field.className = 'modal-input';
  field.dataset.customId = input.custom_id;
  field.required = input.required !== false;
  field.placeholder = input.placeholder ?? '';
  field.value = input.value ?? '';
  if (input.min_length !== undefined) {
    field.minLength = input.min_length;
  }
  if (input.max_length !== undefined) {
    field.maxLength = input.max_length;
  }
  if (input.style === 2) {
    field.rows = 5;
  }
  wrap.append(field);
  return wrap;
}

export function openModal(dialog, modal, onSubmit) {
  const body = dialog.querySelector('#modal-body');
  dialog.querySelector('#modal-title').textContent = modal.title ?? '';
  body.innerHTML = '';
  for (const component of modal.components ?? []) {
    if (component.type === LABEL && component.component?.type === TEXT_INPUT) {
      body.append(textInput(component.component, component.label, component.description));
    } else if (component.type === ACTION_ROW) {
      for (const input of (component.components ?? []).filter(c => c.type === TEXT_INPUT)) {
        body.append(textInput(input, input.label));
      }
    } else if (component.type === TEXT_DISPLAY) {
      body.append(Object.assign(document.createElement('p'), { className: 'modal-text', textContent: component.content ?? '' }));
    }
  }

  const form = dialog.querySelector('#modal-form');
  const cancel = dialog.querySelector('#modal-cancel');
  const close = () => {
    form.onsubmit = null;
    cancel.onclick = null;
    dialog.close();
  };
  cancel.onclick = close;
  form.onsubmit = event => {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    const value = id => body.querySelector(`[data-custom-id="${CSS.escape(id)}"]`)?.value ?? '';
    // Echo the modal's own layout: Labels wrap one input each, older modals put inputs in action rows.
    const components = (modal.components ?? []).flatMap(component => {
      if (component.type === LABEL && component.component?.type === TEXT_INPUT) {
        return [{ type: LABEL, component: { type: TEXT_INPUT, custom_id: component.component.custom_id, value: value(component.component.custom_id) } }];
      }
      if (component.type === ACTION_ROW) {
        return [{ type: ACTION_ROW, components: (component.components ?? []).filter(c => c.type === TEXT_INPUT)
          .map(input => ({ type: TEXT_INPUT, custom_id: input.custom_id, value: value(input.custom_id) })) }];
      }
      return [];
    });
    close();
    onSubmit({ custom_id: modal.custom_id, components });
  };
  dialog.showModal();
  body.querySelector('.modal-input')?.focus();
}
