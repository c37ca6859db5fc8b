// The playground: a small Discord client for the local Discord. It plays one of a few pretend people,
// sends their commands, clicks and modal submits as real interactions, and shows what the bot answered.

import { api } from './api.js';
import { Composer } from './composer.js';
import { setMentionNames } from './markdown.js';
import { openModal } from './modal.js';
import { renderMessage, visibleTo } from './render.js';

const $ = id => document.getElementById(id);
const FIRST_RESPONSE_WAIT_MS = 3500;
const CHANGES_WAIT_MS = 25000;

const state = {
  world: null,
  commands: [],
  user: null,
  place: { dm: false, channel: null },
  version: 0,
  shown: '',
  labels: new Map(),
};

const composer = new Composer({
  box: $('message-box'),
  menu: $('command-menu'),
  form: $('command-form'),
  status: $('composer-status'),
  world: { users: [], channels: [], roles: [] },
  play: { autocomplete: options => autocomplete(options) },
});

function channelId() {
  return state.place.dm ? state.user.dmChannelId : state.place.channel.id;
}

function commandsHere() {
  const guildId = state.world.guild.id;
  return state.commands
    .filter(set => set.guild_id === null || (!state.place.dm && set.guild_id === guildId))
    .flatMap(set => set.commands ?? []);
}

async function interact(type, data, messageId, label) {
  let injected;
  try {
    injected = await api.inject({
      type,
      user_id: state.user.id,
      channel_id: state.place.dm ? null : state.place.channel.id,
      message_id: messageId ?? null,
      data,
    });
  } catch (error) {
    composer.say(error.message, true);
    return null;
  }
  if (label) {
    state.labels.set(injected.id, label);
  }
  const answer = await api.response(injected.id, FIRST_RESPONSE_WAIT_MS);
  const first = answer.initial_response;
  if (!first) {
    composer.say(`${state.world.bot.name} did not answer in time. Try again in a moment.`, true);
    return null;
  }
  composer.say('');
  if (first.type === 9) {
    openModal($('modal'), first.data, submitted => interact(5, submitted, messageId));
  }
  await refresh();
  return first;
}

async function autocomplete(options) {
  const command = composer.selected;
  try {
    const injected = await api.inject({
      type: 4,
      user_id: state.user.id,
      channel_id: state.place.dm ? null : state.place.channel.id,
      data: { name: command.name, type: 1, options },
    });
    const answer = await api.response(injected.id, FIRST_RESPONSE_WAIT_MS);
    return answer.initial_response?.type === 8 ? answer.initial_response.data?.choices ?? [] : [];
  } catch {
    return [];
  }
}

const actions = {
  async onComponent(message, data, control) {
    control.disabled = true;
    control.classList.add('busy');
    try {
      await interact(3, data, message.id);
    } finally {
      control.classList.remove('busy');
      control.disabled = false;
    }
  },
};

async function refresh() {
  const here = channelId();
  const messages = await api.messages(here);
  if (here !== channelId()) {
    return;
  }
  const visible = messages.filter(m => visibleTo(m.message, state.user.id));
  const fingerprint = state.user.id + JSON.stringify(visible.map(m => m.message));
  if (fingerprint === state.shown) {
    return;
  }
  state.shown = fingerprint;
  const list = $('messages');
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  list.innerHTML = '';
  if (visible.length === 0) {
    list.innerHTML = `<div class="empty">${state.place.dm
      ? 'This is the start of your DM with ReflectBot. Try /checkin start, then advance the clock.'
      : 'No messages yet. Type / to see what ReflectBot can do; /quiz start is a good first step.'}</div>`;
  }
  for (const stored of visible) {
    const node = renderMessage(stored, actions);
    const used = stored.message.interaction_metadata;
    const label = used && state.labels.get(used.id);
    if (label) {
      node.querySelector('.message-reply')?.querySelector('.command-name')?.replaceChildren(label);
    }
    list.append(node);
  }
  if (atBottom) {
    list.scrollTop = list.scrollHeight;
  }
}

async function watchChanges() {
  for (;;) {
    try {
      const version = await api.changes(state.version, CHANGES_WAIT_MS);
      if (version !== state.version) {
        state.version = version;
        await refresh();
      }
    } catch {
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
  }
}

function drawSidebar() {
  const list = $('channel-list');
  list.innerHTML = '';
  if (state.place.dm) {
    $('sidebar-title').textContent = 'Direct messages';
    const item = document.createElement('li');
    item.innerHTML = `<button type="button" class="channel channel-active" aria-current="page">@ ${state.world.bot.name}</button>`;
    list.append(item);
  } else {
    $('sidebar-title').textContent = state.world.guild.name;
    for (const channel of state.world.channels) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `channel${channel === state.place.channel ? ' channel-active' : ''}`;
      button.dataset.channel = channel.name;
      button.textContent = `# ${channel.name}`;
      if (channel.nsfw) {
        button.append(Object.assign(document.createElement('span'), { className: 'channel-badge', textContent: '18+', title: 'Age-restricted' }));
      }
      button.addEventListener('click', () => go({ dm: false, channel }));
      item.append(button);
      list.append(item);
    }
  }
  $('rail-dms').classList.toggle('rail-item-active', state.place.dm);
  $('rail-guild').classList.toggle('rail-item-active', !state.place.dm);
}

function drawHeader() {
  const channel = state.place.channel;
  $('chat-title').textContent = state.place.dm ? `@ ${state.world.bot.name}` : `# ${channel.name}`;
  $('chat-badge').hidden = state.place.dm || !channel.nsfw;
  $('chat-topic').textContent = state.place.dm ? 'Your private DM with the bot' : channel.topic ?? '';
  $('message-box').placeholder = state.place.dm ? `Message @${state.world.bot.name} — type / for commands` : `Message #${channel.name} — type / for commands`;
}

async function go(place) {
  state.place = place;
  state.shown = '';
  drawSidebar();
  drawHeader();
  // The bot registers its commands as it starts; asking each time picks them up once it has.
  state.commands = await api.commands();
  composer.setCommands(commandsHere(), place.dm);
  composer.say('');
  await refresh();
}

async function drawClock() {
  const clock = await api.clock();
  $('clock-now').textContent = new Date(clock.now).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
    + (clock.offset_seconds > 0 ? ` (+${Math.round(clock.offset_seconds / 3600)} h)` : '');
  $('advance-hour').disabled = $('advance-day').disabled = !clock.adjustable;
}

async function advance(seconds) {
  try {
    await api.advance(seconds);
    await drawClock();
  } catch (error) {
    composer.say(error.message, true);
  }
}

function drawUsers() {
  const select = $('user-select');
  for (const user of state.world.users) {
    select.append(new Option(`${user.name}${user.is_moderator ? ' (moderator)' : ''}`, user.id));
  }
  select.value = state.user.id;
  select.addEventListener('change', async () => {
    state.user = state.world.users.find(u => u.id === select.value);
    noteUser();
    await go(state.place);
  });
  noteUser();
}

function noteUser() {
  $('user-note').textContent = state.user.is_moderator
    ? 'A moderator: may share cards in the server.'
    : state.user.accepts_dms ? 'A member of the server.' : 'A member who does not accept DMs from the bot.';
}

$('composer').addEventListener('submit', async event => {
  event.preventDefault();
  const read = composer.read();
  if (read.error !== undefined) {
    composer.say(read.error, read.error !== '');
    return;
  }
  composer.clear();
  await interact(2, read.data, null, read.label);
});
$('rail-dms').addEventListener('click', () => go({ dm: true, channel: state.place.channel }));
$('rail-guild').addEventListener('click', () => go({ dm: false, channel: state.place.channel }));
$('advance-hour').addEventListener('click', () => advance(3600));
$('advance-day').addEventListener('click', () => advance(86400));

async function start() {
  const world = await api.world();
  state.world = {
    ...world,
    users: world.users.map(u => ({ ...u, dmChannelId: u.dm_channel_id })),
  };
  state.user = state.world.users[0];
  Object.assign(composer.world, { users: world.users, channels: world.channels, roles: world.roles });
  setMentionNames(world);
  drawUsers();
  await go({ dm: false, channel: world.channels[0] });
  await drawClock();
  setInterval(drawClock, 30000);
  document.body.dataset.ready = 'true';
  watchChanges();
}

start().catch(error => {
  $('messages').innerHTML = '';
  $('messages').append(Object.assign(document.createElement('div'), { className: 'empty', textContent: `The playground could not start: ${error.message}` }));
});
