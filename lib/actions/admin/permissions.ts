// The permission every admin action requires, by its exported name: one table that the actions
// read (staffAction) and the tests enumerate (e2e/admin-access.spec.ts).
import type { Permission } from '@/lib/auth/roles';

export const ACTION_PERMISSIONS = {
  saveArticle: 'admin:access',
  removeArticle: 'admin:access',
  restoreRevision: 'admin:access',
  uploadMedia: 'admin:access',
  updateMedia: 'admin:access',
  deleteMedia: 'admin:access',
  autosaveArticle: 'admin:access',
  discardAutosave: 'admin:access',
  moderateComments: 'comments:moderate',
  replyAsStaff: 'comments:moderate',
  saveCategoryAction: 'taxonomy:manage',
  deleteCategoryAction: 'taxonomy:manage',
  saveTagAction: 'taxonomy:manage',
  approveTagAction: 'taxonomy:manage',
  deleteTagAction: 'taxonomy:manage',
  createUserAction: 'users:manage',
  updateUserAccessAction: 'users:manage',
  updateProfileAction: 'admin:access',
  changePasswordAction: 'admin:access',
  beginTwoFactorAction: 'admin:access',
  enableTwoFactorAction: 'admin:access',
  regenerateRecoveryCodesAction: 'admin:access',
  disableTwoFactorAction: 'admin:access',
  resetTwoFactorAction: 'users:manage',
  endSessionAction: 'admin:access',
  endOtherSessionsAction: 'admin:access',
  saveSettings: 'settings:manage',
  saveRedirectAction: 'redirects:manage',
  deleteRedirectAction: 'redirects:manage',
} as const satisfies Record<string, Permission>;

export type AdminActionName = keyof typeof ACTION_PERMISSIONS;
