import { RootStatusPage } from '@/components/shell/root-status-page';

export default function RootForbidden() {
  return <RootStatusPage status={403} />;
}
