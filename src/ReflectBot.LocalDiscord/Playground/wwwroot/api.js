// The local Discord's control API, as the playground uses it. Ids stay strings: they do not fit in a JS number.

const base = '/_local';

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok && response.status !== 408) {
    throw new Error(json?.message ?? `The local Discord answered ${response.status}.`);
  }
  return { status: response.status, json };
}

export const api = {
  world: async () => (await call('GET', '/world')).json,
  commands: async () => (await call('GET', '/commands')).json,
  messages: async channelId => (await call('GET', `/channels/${channelId}/messages`)).json,
  // Long-polls until a message somewhere was created, edited or deleted; answers the new version.
  changes: async (since, timeoutMs) => (await call('GET', `/messages/changes?since=${since}&timeoutMs=${timeoutMs}`)).json.version,
  inject: async interaction => (await call('POST', '/interactions', interaction)).json,
  // The interaction's state once its first response came, or as it stands after the wait.
  response: async (id, timeoutMs) => (await call('GET', `/interactions/${id}/response?timeoutMs=${timeoutMs}`)).json,
  clock: async () => (await call('GET', '/clock')).json,
  advance: async seconds => (await call('POST', '/clock/advance', { seconds })).json,
};
