import { RootStatusPage } from '@/components/shell/root-status-page';

export default function RootUnauthorized() {
  return <RootStatusPage status={401} />;
}
