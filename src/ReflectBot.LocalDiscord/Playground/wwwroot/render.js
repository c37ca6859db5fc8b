// Draws messages as Discord does: author, content, embeds, attachments and components, with ephemeral
// messages shown only to the person they were for. Component clicks go back to the caller.

import { escapeHtml, markdown } from './markdown.js';

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;
const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };

function element(tag, className, html) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (html !== undefined) {
    node.innerHTML = html;
  }
  return node;
}

function colour(value) {
  return typeof value === 'number' ? `#${value.toString(16).padStart(6, '0')}` : 'var(--embed-bar)';
}

function time(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
}

function attachmentUrl(message, url) {
  if (typeof url === 'string' && url.startsWith('attachment://')) {
    const name = url.slice('attachment://'.length);
    return (message.attachments ?? []).find(a => a.filename === name)?.url ?? '';
  }
  return url ?? '';
}

function renderEmbed(message, embed) {
  const box = element('div', 'embed');
  box.style.borderLeftColor = colour(embed.color);
  if (embed.author?.name) {
    box.append(element('div', 'embed-author', escapeHtml(embed.author.name)));
  }
  if (embed.title) {
    const title = embed.url
      ? `<a href="${escapeHtml(embed.url)}" target="_blank" rel="noreferrer noopener">${escapeHtml(embed.title)}</a>`
      : escapeHtml(embed.title);
    box.append(element('div', 'embed-title', title));
  }
  if (embed.description) {
    box.append(element('div', 'embed-description', markdown(embed.description)));
  }
  if (embed.fields?.length) {
    const fields = element('div', 'embed-fields');
    for (const field of embed.fields) {
      const node = element('div', field.inline ? 'embed-field embed-field-inline' : 'embed-field');
      node.append(element('div', 'embed-field-name', markdown(field.name)), element('div', 'embed-field-value', markdown(field.value)));
      fields.append(node);
    }
    box.append(fields);
  }
  const image = attachmentUrl(message, embed.image?.url);
  if (image) {
    const img = element('img', 'embed-image');
    img.src = image;
    img.alt = embed.title ? `Picture: ${embed.title}` : 'Picture';
    box.append(img);
  }
  const thumbnail = attachmentUrl(message, embed.thumbnail?.url);
  if (thumbnail) {
    const img = element('img', 'embed-thumbnail');
    img.src = thumbnail;
    img.alt = '';
    box.append(img);
  }
  if (embed.footer?.text || embed.timestamp) {
    const parts = [embed.footer?.text, embed.timestamp ? time(embed.timestamp) : null].filter(Boolean).map(escapeHtml);
    box.append(element('div', 'embed-footer', parts.join(' • ')));
  }
  return box;
}

function renderAttachments(message) {
  const shownInEmbeds = new Set((message.embeds ?? []).flatMap(e => [e.image?.url, e.thumbnail?.url]).filter(Boolean));
  const box = element('div', 'attachments');
  for (const attachment of message.attachments ?? []) {
    if (shownInEmbeds.has(`attachment://${attachment.filename}`)) {
      continue;
    }
    if ((attachment.content_type ?? '').startsWith('image/')) {
      const img = element('img', 'attachment-image');
      img.src = attachment.url;
      img.alt = attachment.description ?? attachment.filename;
      box.append(img);
    } else {
      const link = element('a', 'attachment-file', `📎 ${escapeHtml(attachment.filename)} <span>(${Math.ceil((attachment.size ?? 0) / 1024)} KB)</span>`);
      link.href = attachment.url;
      link.download = attachment.filename;
      box.append(link);
    }
  }
  return box;
}

function renderButton(message, component, actions) {
  const style = BUTTON_STYLES[component.style] ?? 'secondary';
  const label = `${component.emoji?.name ? `${escapeHtml(component.emoji.name)} ` : ''}${escapeHtml(component.label ?? '')}`;
  if (style === 'link') {
    const link = element('a', 'button button-secondary', `${label} ↗`);
    link.href = component.url;
    link.target = '_blank';
    link.rel = 'noreferrer noopener';
    return link;
  }
  const button = element('button', `button button-${style}`, label);
  button.type = 'button';
  button.disabled = Boolean(component.disabled);
  button.addEventListener('click', () => actions.onComponent(message, { custom_id: component.custom_id, component_type: 2 }, button));
  return button;
}

function renderSelect(message, component, actions) {
  const select = element('select', 'select');
  select.multiple = (component.max_values ?? 1) > 1;
  select.disabled = Boolean(component.disabled);
  select.setAttribute('aria-label', component.placeholder ?? 'Choose');
  if (!select.multiple) {
    const placeholder = element('option', '', escapeHtml(component.placeholder ?? 'Make a selection'));
    placeholder.value = '';
    placeholder.disabled = true;
    placeholder.selected = !(component.options ?? []).some(o => o.default);
    select.append(placeholder);
  }
  for (const option of component.options ?? []) {
    const node = element('option', '', escapeHtml(option.label));
    node.value = option.value;
    node.selected = Boolean(option.default);
    select.append(node);
  }
  select.addEventListener('change', () => {
    const values = [...select.selectedOptions].map(o => o.value).filter(v => v !== '');
    actions.onComponent(message, { custom_id: component.custom_id, component_type: component.type, values }, select);
  });
  return select;
}

function renderComponents(message, actions) {
  const box = element('div', 'components');
  for (const row of message.components ?? []) {
    const line = element('div', 'component-row');
    for (const component of row.components ?? []) {
      if (component.type === 2) {
        line.append(renderButton(message, component, actions));
      } else if (component.type === 3) {
        line.append(renderSelect(message, component, actions));
      }
    }
    box.append(line);
  }
  return box;
}

/** Whether the person playing can see this message: ephemeral ones are for the person who caused them. */
export function visibleTo(message, userId) {
  if ((message.flags ?? 0) & EPHEMERAL) {
    return message.interaction_metadata?.user?.id === userId;
  }
  return true;
}

export function renderMessage(stored, actions) {
  const message = stored.message;
  const node = element('article', 'message');
  node.dataset.messageId = message.id;
  const ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
  if (ephemeral) {
    node.classList.add('message-ephemeral');
  }
  const used = message.interaction_metadata;
  if (used?.user) {
    const name = used.name ? `/${escapeHtml(used.name)}` : 'a command';
    const who = escapeHtml(used.user.global_name ?? used.user.username);
    node.append(element('div', 'message-reply', used.type === 2 ? `${who} used <span class="command-name">${name}</span>` : `${who} clicked`));
  }

  const author = message.author ?? {};
  const avatar = element('div', author.bot ? 'avatar avatar-bot' : 'avatar', escapeHtml((author.global_name ?? author.username ?? '?').slice(0, 1)));
  const body = element('div', 'message-body');
  const header = element('div', 'message-header');
  header.append(element('span', 'message-author', escapeHtml(author.global_name ?? author.username ?? 'Unknown')));
  if (author.bot) {
    header.append(element('span', 'bot-tag', 'APP'));
  }
  header.append(element('time', 'message-time', escapeHtml(time(message.timestamp))));
  if (message.edited_timestamp) {
    header.append(element('span', 'message-edited', '(edited)'));
  }
  body.append(header);

  if ((message.flags ?? 0) & LOADING) {
    body.append(element('div', 'message-thinking', `${escapeHtml(author.global_name ?? 'The bot')} is thinking…`));
  }
  if (message.content) {
    body.append(element('div', 'message-content', markdown(message.content)));
  }
  for (const embed of message.embeds ?? []) {
    body.append(renderEmbed(message, embed));
  }
  body.append(renderAttachments(message), renderComponents(message, actions));
  if (ephemeral) {
    body.append(element('div', 'ephemeral-note', 'Only you can see this'));
  }

  const row = element('div', 'message-row');
  row.append(avatar, body);
  node.append(row);
  return node;
}
