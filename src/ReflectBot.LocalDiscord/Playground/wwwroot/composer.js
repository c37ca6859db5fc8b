// The message box: typing "/" lists the bot's registered commands; picking one opens a form for its
// subcommand and options (choices as lists, live autocomplete from the bot's own answers), and sending it
// runs the command as the person being played.

import { escapeHtml } from './markdown.js';

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const OPTION_TYPES = { STRING: 3, INTEGER: 4, BOOLEAN: 5, USER: 6, CHANNEL: 7, ROLE: 8, MENTIONABLE: 9, NUMBER: 10 };

function leafOptions(command, subcommand) {
  if (!subcommand) {
    return (command.options ?? []).filter(o => o.type !== SUBCOMMAND && o.type !== SUBCOMMAND_GROUP);
  }
  return subcommand.options ?? [];
}

export class Composer {
  constructor({ box, menu, form, status, world, play }) {
    this.box = box;
    this.menu = menu;
    this.form = form;
    this.status = status;
    this.world = world;
    this.play = play;
    this.commands = [];
    this.inDm = false;
    this.selected = null;
    this.subcommand = null;
    this.menuIndex = 0;
    box.addEventListener('input', () => this.onInput());
    box.addEventListener('keydown', event => this.onKey(event));
  }

  setCommands(commands, inDm) {
    // A DM lists the commands that may be used there (context 1); a server lists the guild ones too.
    this.commands = commands
      .filter(c => (c.type ?? 1) === 1)
      .filter(c => !inDm || !c.contexts || c.contexts.includes(1))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.inDm = inDm;
    // A draft stays when the channel or the person changes, as on Discord, unless its command cannot be used here.
    if (this.selected && !this.commands.some(c => c.name === this.selected.name)) {
      this.clear();
    } else if (!this.selected) {
      this.onInput();
    }
  }

  say(text, isError = false) {
    this.status.textContent = text;
    this.status.classList.toggle('composer-status-error', isError);
  }

  clear() {
    this.selected = null;
    this.subcommand = null;
    this.box.value = '';
    this.form.hidden = true;
    this.form.innerHTML = '';
    this.menu.hidden = true;
  }

  onInput() {
    const text = this.box.value;
    if (this.selected && !text.startsWith(`/${this.selected.name}`)) {
      this.selected = null;
      this.subcommand = null;
      this.form.hidden = true;
      this.form.innerHTML = '';
    }
    if (!this.selected && text.startsWith('/')) {
      this.showMenu(text.slice(1).trim().toLowerCase());
    } else {
      this.menu.hidden = true;
    }
  }

  onKey(event) {
    if (this.menu.hidden) {
      return;
    }
    const items = [...this.menu.querySelectorAll('.command-item')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.menuIndex = (this.menuIndex + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % Math.max(items.length, 1);
      items.forEach((item, i) => item.setAttribute('aria-selected', String(i === this.menuIndex)));
    } else if ((event.key === 'Enter' || event.key === 'Tab') && items.length > 0) {
      event.preventDefault();
      items[this.menuIndex]?.click();
    } else if (event.key === 'Escape') {
      this.menu.hidden = true;
    }
  }

  showMenu(filter) {
    const matches = this.commands.filter(c => c.name.startsWith(filter.split(' ')[0]));
    this.menu.innerHTML = '';
    this.menuIndex = 0;
    if (matches.length === 0) {
      this.menu.innerHTML = '<div class="command-empty">No command of the bot starts like that.</div>';
    }
    matches.forEach((command, i) => {
      const item = document.createElement('div');
      item.className = 'command-item';
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(i === 0));
      item.dataset.command = command.name;
      item.innerHTML = `<span class="command-name">/${escapeHtml(command.name)}</span><span class="command-description">${escapeHtml(command.description)}</span>`;
      item.addEventListener('mousedown', event => event.preventDefault());
      item.addEventListener('click', () => this.choose(command));
      this.menu.append(item);
    });
    this.menu.hidden = false;
  }

  choose(command) {
    this.selected = command;
    this.subcommand = null;
    this.menu.hidden = true;
    this.box.value = `/${command.name} `;
    this.renderForm();
    this.box.focus();
  }

  renderForm() {
    const command = this.selected;
    this.form.innerHTML = '';
    this.form.hidden = false;
    const subcommands = (command.options ?? []).filter(o => o.type === SUBCOMMAND);
    if (subcommands.length > 0) {
      const row = document.createElement('div');
      row.className = 'subcommands';
      row.setAttribute('role', 'group');
      row.setAttribute('aria-label', 'Subcommand');
      for (const sub of subcommands) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `subcommand${this.subcommand === sub ? ' subcommand-active' : ''}`;
        button.dataset.subcommand = sub.name;
        button.title = sub.description;
        button.textContent = sub.name;
        button.addEventListener('click', () => {
          this.subcommand = sub;
          this.box.value = `/${command.name} ${sub.name} `;
          this.renderForm();
        });
        row.append(button);
      }
      this.form.append(row);
      if (!this.subcommand) {
        this.form.append(Object.assign(document.createElement('p'), { className: 'form-hint', textContent: 'Pick what to do.' }));
        return;
      }
    }
    const options = leafOptions(command, this.subcommand);
    for (const option of options) {
      this.form.append(this.field(option));
    }
    if (options.length === 0) {
      this.form.append(Object.assign(document.createElement('p'), { className: 'form-hint', textContent: 'Press Enter or Send to run it.' }));
    }
  }

  field(option) {
    const wrap = document.createElement('label');
    wrap.className = 'option';
    wrap.innerHTML = `<span class="option-name">${escapeHtml(option.name)}${option.required ? ' <span class="required">*</span>' : ''}</span><span class="option-description">${escapeHtml(option.description)}</span>`;
    let input;
    const list = (items, includeBlank) => {
      input = document.createElement('select');
      if (includeBlank) {
        input.append(new Option('—', ''));
      }
      for (const [label, value] of items) {
        input.append(new Option(label, value));
      }
    };
    switch (option.type) {
      case OPTION_TYPES.BOOLEAN:
        list([['True', 'true'], ['False', 'false']], !option.required);
        break;
      case OPTION_TYPES.USER:
      case OPTION_TYPES.MENTIONABLE:
        list(this.world.users.map(u => [u.name, u.id]), !option.required);
        break;
      case OPTION_TYPES.CHANNEL:
        list(this.world.channels.map(c => [`#${c.name}`, c.id]), !option.required);
        break;
      case OPTION_TYPES.ROLE:
        list(this.world.roles.map(r => [r.name, r.id]), !option.required);
        break;
      default:
        if (option.choices?.length) {
          list(option.choices.map(c => [c.name, String(c.value)]), !option.required);
        } else {
          input = document.createElement('input');
          input.type = option.type === OPTION_TYPES.STRING ? 'text' : 'number';
          if (option.type === OPTION_TYPES.INTEGER) {
            input.step = '1';
          }
          if (option.min_value !== undefined) {
            input.min = option.min_value;
          }
          if (option.max_value !== undefined) {
            input.max = option.max_value;
          }
          if (option.max_length !== undefined) {
            input.maxLength = option.max_length;
          }
          if (option.autocomplete) {
            this.attachAutocomplete(wrap, input, option);
          }
        }
    }
    input.className = 'option-input';
    input.name = option.name;
    input.dataset.type = option.type;
    input.required = Boolean(option.required);
    wrap.append(input);
    return wrap;
  }

  attachAutocomplete(wrap, input, option) {
    const suggestions = document.createElement('div');
    suggestions.className = 'suggestions';
    suggestions.setAttribute('role', 'listbox');
    suggestions.hidden = true;
    let timer = null;
    let asked = 0;
    const ask = async () => {
      const ticket = ++asked;
      const choices = await this.play.autocomplete(this.buildOptions(option.name));
      if (ticket !== asked) {
        return;
      }
      suggestions.innerHTML = '';
      for (const choice of choices) {
        const item = document.createElement('div');
        item.className = 'suggestion';
        item.setAttribute('role', 'option');
        item.textContent = choice.name;
        item.addEventListener('mousedown', event => event.preventDefault());
        item.addEventListener('click', () => {
          input.value = String(choice.value);
          suggestions.hidden = true;
        });
        suggestions.append(item);
      }
      suggestions.hidden = choices.length === 0;
    };
    input.addEventListener('focus', () => ask());
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    input.addEventListener('blur', () => setTimeout(() => { suggestions.hidden = true; }, 150));
    wrap.append(suggestions);
  }

  /** The options as Discord sends them; <focused> marks the one being typed in, for autocomplete. */
  buildOptions(focused) {
    const values = [];
    for (const input of this.form.querySelectorAll('.option-input')) {
      const type = Number(input.dataset.type);
      const isFocused = input.name === focused;
      if (input.value === '' && !isFocused) {
        continue;
      }
      let value = input.value;
      if (!isFocused) {
        if (type === OPTION_TYPES.INTEGER) {
          value = Number.parseInt(value, 10);
        } else if (type === OPTION_TYPES.NUMBER) {
          value = Number.parseFloat(value);
        } else if (type === OPTION_TYPES.BOOLEAN) {
          value = value === 'true';
        }
      }
      values.push({ name: input.name, type, value, ...(isFocused ? { focused: true } : {}) });
    }
    if (this.subcommand) {
      return [{ name: this.subcommand.name, type: SUBCOMMAND, options: values }];
    }
    return values;
  }

  /** What to send, or a kind word on what is missing. */
  read() {
    const text = this.box.value.trim();
    if (!this.selected) {
      if (text === '') {
        return { error: '' };
      }
      return { error: text.startsWith('/') ? 'Pick a command from the list first.' : 'ReflectBot works through slash commands: type / to see them.' };
    }
    const hasSubcommands = (this.selected.options ?? []).some(o => o.type === SUBCOMMAND);
    if (hasSubcommands && !this.subcommand) {
      return { error: `Pick what /${this.selected.name} should do.` };
    }
    for (const input of this.form.querySelectorAll('.option-input')) {
      if (input.required && input.value === '') {
        return { error: `${input.name} is needed.` };
      }
      if (!input.checkValidity()) {
        return { error: `${input.name}: ${input.validationMessage}` };
      }
    }
    const label = `/${this.selected.name}${this.subcommand ? ` ${this.subcommand.name}` : ''}`;
    return { data: { name: this.selected.name, type: 1, options: this.buildOptions(null) }, label };
  }
}
