// The part of Discord's markdown the bot writes, turned into safe HTML: everything is escaped first,
// then headings, subtext, quotes, lists, code, bold, italics, underline, strike-through, links and mentions are marked up.

const names = { channels: new Map(), users: new Map(), roles: new Map() };

/** Tells mentions (<#id>, <@id>, <@&id>) what to show: the seeded world's channel, people and role names. */
export function setMentionNames(world) {
  names.channels = new Map(world.channels.map(c => [c.id, c.name]));
  names.users = new Map([world.bot, ...world.users].map(u => [u.id, u.name]));
  names.roles = new Map(world.roles.map(r => [r.id, r.name]));
}

function mention(kind, id) {
  const [sigil, known] = kind === '#' ? ['#', names.channels] : kind === '@&amp;' ? ['@', names.roles] : ['@', names.users];
  return `<span class="mention">${sigil}${escapeHtml(known.get(id) ?? 'unknown')}</span>`;
}

export function escapeHtml(text) {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function inline(text) {
  const codes = [];
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_, code) => {
    codes.push(`<code>${code}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  html = html
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" target="_blank" rel="noreferrer noopener">$1</a>')
    .replace(/&lt;(https?:\/\/[^\s&]+)&gt;/g, '<a href="$1" target="_blank" rel="noreferrer noopener">$1</a>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/__(.+?)__/g, '<u>$1</u>')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?!\s)(.+?)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/~~(.+?)~~/g, '<s>$1</s>')
    .replace(/&lt;(#|@&amp;|@!?)(\d+)&gt;/g, (_, kind, id) => mention(kind, id))
    .replace(/&lt;t:(\d+)(?::[tTdDfFR])?&gt;/g, (_, seconds) => new Date(Number(seconds) * 1000).toLocaleString());
  return html.replace(/\u0000(\d+)\u0000/g, (_, index) => codes[Number(index)]);
}

export function markdown(text) {
  if (!text) {
    return '';
  }
  const out = [];
  let list = null;
  const closeList = () => {
    if (list) {
      out.push(`</${list}>`);
      list = null;
    }
  };
  for (const line of String(text).split('\n')) {
    let match;
    if ((match = /^(#{1,3}) (.*)$/.exec(line))) {
      closeList();
      out.push(`<div class="md-h${match[1].length}">${inline(match[2])}</div>`);
    } else if ((match = /^-# (.*)$/.exec(line))) {
      closeList();
      out.push(`<div class="md-subtext">${inline(match[1])}</div>`);
    } else if ((match = /^> ?(.*)$/.exec(line))) {
      closeList();
      out.push(`<blockquote>${inline(match[1])}</blockquote>`);
    } else if ((match = /^\s*[-*•] (.*)$/.exec(line))) {
      if (list !== 'ul') {
        closeList();
        out.push('<ul>');
        list = 'ul';
      }
      out.push(`<li>${inline(match[1])}</li>`);
    } else if ((match = /^\s*\d+[.)] (.*)$/.exec(line))) {
      if (list !== 'ol') {
        closeList();
        out.push('<ol>');
        list = 'ol';
      }
      out.push(`<li>${inline(match[1])}</li>`);
    } else {
      closeList();
      out.push(line.trim() === '' ? '<div class="md-gap"></div>' : `<div>${inline(line)}</div>`);
    }
  }
  closeList();
  return out.join('');
}
