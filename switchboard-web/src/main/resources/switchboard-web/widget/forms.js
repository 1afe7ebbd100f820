// The panel's forms, each built from livechat/config (rocketchat-livechat.md §3.6): the pre-chat
// registration, the offline "leave a message" form, and the end of a chat (survey and transcript).
import { h, field, submitting } from './dom.js';

const departmentsFor = (config, flag, opts) =>
  opts.department ? [] : (config.departments || []).filter((d) => d[flag]);

function departmentSelect(departments) {
  return field('Department', 'department', h('select', { required: true },
    h('option', { value: '' }, 'Choose a department'),
    departments.map((d) => h('option', { value: d._id }, d.name))));
}

/** Whether this visitor must fill the registration form before chatting. */
export function needsPreChat(config, opts, visitor) {
  if (visitor) return false;
  const s = config.settings || {};
  return !!s.registrationForm && (s.nameFieldRegistrationForm || s.emailFieldRegistrationForm
    || departmentsFor(config, 'showOnRegistration', opts).length > 0);
}

export function preChatForm(config, opts, onSubmit) {
  const s = config.settings || {};
  const departments = departmentsFor(config, 'showOnRegistration', opts);
  const intro = (config.messages || {}).registrationFormMessage || 'Tell us who you are, and an agent will be with you shortly.';
  return submitting(h('form', { class: 'form', 'data-testid': 'prechat', 'aria-label': 'Start a chat' },
    h('p', {}, intro),
    s.nameFieldRegistrationForm && field('Name', 'name', h('input', { required: true, autocomplete: 'name' })),
    s.emailFieldRegistrationForm && field('Email', 'email', h('input', { type: 'email', required: true, autocomplete: 'email' })),
    departments.length > 0 && departmentSelect(departments),
    h('p', { class: 'error', role: 'alert' }),
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'prechat-submit' }, 'Start chat')), (data) => {
    const fields = {};
    for (const k of ['name', 'email', 'department']) if (data.get(k)) fields[k] = data.get(k);
    if (!fields.department && opts.department) fields.department = opts.department;
    return onSubmit(fields);
  });
}

export function offlineForm(config, opts, onSubmit) {
  const m = config.messages || {};
  if (!(config.settings || {}).displayOfflineForm) {
    return h('div', { class: 'form', 'data-testid': 'offline' },
      h('p', {}, m.offlineUnavailableMessage || 'Sorry, nobody is available right now. Please come back later.'));
  }
  const departments = departmentsFor(config, 'showOnOfflineForm', opts);
  const box = h('div', { class: 'form', 'data-testid': 'offline' });
  box.append(submitting(h('form', { class: 'form', 'aria-label': 'Leave a message' },
    h('p', {}, m.offlineMessage || 'Nobody is online right now. Leave a message and we will answer by email.'),
    field('Name', 'name', h('input', { required: true, autocomplete: 'name' })),
    field('Email', 'email', h('input', { type: 'email', required: true, autocomplete: 'email' })),
    departments.length > 0 && departmentSelect(departments),
    field('Message', 'message', h('textarea', { required: true })),
    h('p', { class: 'error', role: 'alert' }),
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'offline-submit' }, 'Send message')), async (data) => {
    await onSubmit({ name: data.get('name'), email: data.get('email'), message: data.get('message'),
      department: data.get('department') || opts.department || undefined, host: location.href });
    box.replaceChildren(h('p', { class: 'done', role: 'status', 'data-testid': 'offline-done' },
      m.offlineSuccessMessage || 'Thank you! We will get back to you by email.'));
  }));
  return box;
}

/** The end of a chat: the rating survey, a transcript request, and a way to start again. */
export function finishedView(config, conversation, onStartOver) {
  const m = config.messages || {};
  let rating = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', 'aria-pressed': 'false',
    'aria-label': 'Rate ' + n + ' out of 5', 'data-testid': 'rating-' + n, onclick: () => {
      rating = n;
      stars.forEach((b, i) => b.setAttribute('aria-pressed', String(i + 1 === n)));
    } }, String(n)));
  const survey = submitting(h('form', { class: 'form', 'data-testid': 'survey', 'aria-label': 'Rate this chat' },
    h('fieldset', { class: 'rating' }, h('legend', {}, 'How satisfied were you with this chat?'), stars),
    field('Anything to add? (optional)', 'comment', h('textarea', {})),
    h('p', { class: 'error', role: 'alert' }),
    h('button', { class: 'btn', type: 'submit', 'data-testid': 'survey-submit' }, 'Send rating')), async (data) => {
    if (!rating) throw new Error('Choose a rating from 1 to 5 first.');
    await conversation.survey(rating, data.get('comment'));
    survey.replaceChildren(h('p', { class: 'done', role: 'status', 'data-testid': 'survey-done' }, 'Thanks for your feedback!'));
  });
  const emails = (conversation.visitor && conversation.visitor.visitorEmails) || [];
  const transcript = submitting(h('form', { class: 'form', 'data-testid': 'transcript', 'aria-label': 'Email me the transcript' },
    field('Email me a copy of this chat', 'transcript-email',
      h('input', { type: 'email', required: true, autocomplete: 'email', value: emails[0] && emails[0].address })),
    h('p', { class: 'error', role: 'alert' }),
    h('button', { class: 'btn quiet', type: 'submit', 'data-testid': 'transcript-submit' }, 'Send transcript')), async (data) => {
    const email = data.get('transcript-email');
    await conversation.transcript(email);
    transcript.replaceChildren(h('p', { class: 'done', role: 'status', 'data-testid': 'transcript-done' }, 'Transcript sent to ' + email + '.'));
  });
  return h('div', { class: 'form', 'data-testid': 'finished' },
    h('p', { role: 'status' }, h('strong', {}, m.conversationFinishedMessage || 'This chat has ended.')),
    m.conversationFinishedText && h('p', {}, m.conversationFinishedText),
    survey, h('hr'), transcript, h('hr'),
    h('button', { class: 'btn quiet', type: 'button', 'data-testid': 'new-chat', onclick: onStartOver }, 'Start a new chat'));
}
